/** Placeholder until the change-history screen lands: says so plainly rather than showing nothing. */
export function ChangesPlaceholder() {
  return (
    <section className="page" aria-labelledby="changes-heading">
      <title>Change history · Ed-Fi Sessions Steward</title>
      <h1 id="changes-heading">Change history</h1>
      <p className="page-lead">
        What changed, in which order, from the Ed-Fi change queries. This screen is not built yet.
      </p>
    </section>
  )
}
