// Placeholder: replaced by the "changes since your last visit" badge for the sessions screen
// (a count of changes after the change version stored for this connection, linking to the feed).
export function SinceLastVisitBadge() {
  return null
}
