import { descriptorLabel } from '../../../lib/edfi/descriptors.ts'
import { diffSessions } from '../plan/plan-diff.ts'
import type { PlanRow } from '../plan/plan-types.ts'
import { plural } from '../../../lib/date-only.ts'

export function RowChanges({ row }: { row: PlanRow }) {
  if (row.action === 'delete') return <span>Removes the session</span>
  if ((row.action === 'create' || row.action === 'invalid') && row.next) {
    const s = row.next
    return (
      <span>
        {descriptorLabel(s.termDescriptor)}, <span className="bulk-date">{s.beginDate}</span> to{' '}
        <span className="bulk-date">{s.endDate}</span>, {s.totalInstructionalDays} instructional days
        {s.gradingPeriods?.length ? `, ${plural(s.gradingPeriods.length, 'grading period')}` : ''}
        {s.academicWeeks?.length ? `, ${plural(s.academicWeeks.length, 'academic week')}` : ''}
      </span>
    )
  }
  const changes = diffSessions(row.current, row.next)
  if (changes.length === 0) return <span className="muted">No change</span>
  return (
    <ul className="bulk-diff">
      {changes.map((c) => (
        <li key={c.field}>
          {c.label}: <del>{c.before || '(none)'}</del> → <ins>{c.after || '(none)'}</ins>
        </li>
      ))}
    </ul>
  )
}
