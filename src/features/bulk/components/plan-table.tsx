import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { useSchools } from '../../../entities/lookups/lookup-hooks.ts'
import { shownNotes, type Batch, type PlanRow, type RowOutcome } from '../plan/plan-types.ts'
import { ACTION_WORDS, OUTCOME_WORDS } from './batch-summary.tsx'
import { RowChanges } from './row-changes.tsx'
import { TableHead } from '../../../components/ui/table-head.tsx'

const PAGE = 100

type Show = 'all' | 'writes' | 'attention'

interface PlanTableProps {
  batch: Batch
  outcomes: ReadonlyMap<number, RowOutcome>
  onExistsChoice?: (row: PlanRow, choice: 'skip' | 'update') => void
}

const needsAttention = (row: PlanRow, outcome: RowOutcome | undefined) =>
  shownNotes(row).length > 0 || row.problems.length > 0 || outcome?.status === 'conflict' || outcome?.status === 'failed'

export function PlanTable({ batch, outcomes, onExistsChoice }: PlanTableProps) {
  const schools = useSchools()
  const [show, setShow] = useState<Show>('all')
  const [page, setPage] = useState(0)
  const schoolName = (id: number) => schools.data?.find((s) => s.schoolId === id)?.nameOfInstitution ?? String(id)
  const rows = batch.rows.filter(
    (row) => show === 'all' || (show === 'writes' ? !['skip', 'unchanged'].includes(row.action) : needsAttention(row, outcomes.get(row.n))),
  )
  const pages = Math.max(1, Math.ceil(rows.length / PAGE))
  const visible = rows.slice(page * PAGE, page * PAGE + PAGE)
  const applied = outcomes.size > 0
  return (
    <div className="bulk-table">
      <div className="bulk-table-tools">
        <label>
          Show{' '}
          <select value={show} onChange={(e) => (setShow(e.target.value as Show), setPage(0))}>
            <option value="all">every row ({batch.rows.length.toLocaleString()})</option>
            <option value="writes">rows that write something</option>
            <option value="attention">rows with notes or problems</option>
          </select>
        </label>
        {pages > 1 && (
          <span className="bulk-pager">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
              Previous
            </button>
            Rows {(page * PAGE + 1).toLocaleString()}–{Math.min(rows.length, (page + 1) * PAGE).toLocaleString()} of{' '}
            {rows.length.toLocaleString()}
            <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
              Next
            </button>
          </span>
        )}
      </div>
      {/* Focusable so keyboard users can scroll the plan sideways on a phone (axe: scrollable-region-focusable). */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="The plan, row by row">
        <table className="data-table bulk-plan-table">
          <caption>{applied ? 'Each row of the plan and what happened to it' : 'Dry run: nothing has been written yet'}</caption>
          <TableHead columns={['Row', 'School', 'Session', 'Planned', 'Changes', 'Notes', applied && 'Result']} />
          <tbody>
            {visible.map((row) => {
              const outcome = outcomes.get(row.n)
              return (
                <tr key={row.n} data-action={row.action} data-result={outcome?.status}>
                  <td className="num">{row.n}</td>
                  <td>{schoolName(row.key.schoolId)}</td>
                  <th scope="row">{row.key.sessionName}</th>
                  <td>
                    {row.existsChoice && onExistsChoice ? (
                      <label>
                        <span className="visually-hidden">Row {row.n}: </span>Exists:{' '}
                        <select value={row.existsChoice} onChange={(e) => onExistsChoice(row, e.target.value as 'skip' | 'update')}>
                          <option value="skip">skip</option>
                          <option value="update">update</option>
                        </select>
                      </label>
                    ) : (
                      <>{row.existsChoice ? `Exists: ${ACTION_WORDS[row.action].toLowerCase()}` : ACTION_WORDS[row.action]}</>
                    )}
                  </td>
                  <td>
                    <RowChanges row={row} />
                  </td>
                  <td>{[...row.problems, ...shownNotes(row)].join(' ')}</td>
                  {applied && (
                    <td>
                      {outcome ? OUTCOME_WORDS[outcome.status] : 'Not done yet'}
                      {outcome?.message && <div className="bulk-message">{outcome.message}</div>}
                      {outcome?.status === 'conflict' && outcome.id && (
                        <div>
                          <Link to="/sessions/$sessionId" params={{ sessionId: outcome.id }}>
                            Open the session to resolve it
                          </Link>
                        </div>
                      )}
                      {outcome?.correlationId && <div className="muted">Reference {outcome.correlationId}</div>}
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}
