export function NoChangeHistoryNotice({ keepsLocal = true }: { keepsLocal?: boolean }) {
  return (
    <p className="alert alert-warning" role="status">
      This server does not share its change history (change queries are turned off or not offered), so changes made by others cannot be
      listed here.
      {keepsLocal && ' Changes saved from this browser are still kept and shown.'}
    </p>
  )
}
