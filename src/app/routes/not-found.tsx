import { Link } from '@tanstack/react-router'

export function NotFound() {
  return (
    <section className="page" aria-labelledby="not-found-heading">
      <title>Page not found · Ed-Fi Sessions Steward</title>
      <h1 id="not-found-heading">Page not found</h1>
      <p>
        There is no page at this address. <Link to="/sessions">Go to sessions</Link>.
      </p>
    </section>
  )
}
