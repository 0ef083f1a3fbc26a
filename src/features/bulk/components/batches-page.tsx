import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { listBatches } from '../apply/batch-store.ts'
import { useConnectionKey } from '../use-connection-key.ts'
import '../bulk.css'

const STATE = {
  planned: 'dry run, not applied',
  applying: 'interrupted: resume it',
  stopped: 'stopped: resume it',
  finished: 'done',
} as const

export function BatchesPage() {
  const connection = useConnectionKey()
  const batches = useQuery({ queryKey: ['bulk', 'batches', connection], queryFn: () => listBatches(connection), staleTime: 0 })
  return (
    <section className="page bulk-page" aria-labelledby="batches-heading">
      <title>Bulk changes · Ed-Fi Sessions Steward</title>
      <h1 id="batches-heading">Bulk changes</h1>
      <p className="page-lead">Plans and results of bulk changes, kept in this browser until you clear them.</p>
      <p>
        <Link to="/bulk/next-year">Set up next school year…</Link> · <Link to="/bulk/import">Import sessions from a file…</Link>
      </p>
      {batches.data?.length === 0 && <p>No bulk changes yet.</p>}
      <ul className="bulk-batches">
        {batches.data?.map((b) => (
          <li key={b.id} className="panel">
            <Link to="/bulk/$batchId" params={{ batchId: b.id }}>
              {b.title}
            </Link>{' '}
            <span className="muted">
              · {b.rowCount} rows · {STATE[b.state]} · planned {b.createdAt.slice(0, 16).replace('T', ' ')} UTC
            </span>
          </li>
        ))}
      </ul>
    </section>
  )
}
