import { descriptorLabel } from '../../../lib/edfi/descriptors.ts'
import type { Session } from '../api/session-schema.ts'

interface SessionsTableProps {
  sessions: Session[]
  caption: string
  /** True while another page loads over this one. */
  busy?: boolean
}

/** One page of sessions as a plain, screen-reader friendly table. Every value renders as text. */
export function SessionsTable({ sessions, caption, busy = false }: SessionsTableProps) {
  return (
    // Focusable so keyboard users can scroll a wide or tall table (axe: scrollable-region-focusable).
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" aria-busy={busy || undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Session name</th>
            <th scope="col" className="num">School ID</th>
            <th scope="col" className="num">School year</th>
            <th scope="col">Term</th>
            <th scope="col">Begin date</th>
            <th scope="col">End date</th>
            <th scope="col" className="num">Instructional days</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.sessionName}</th>
              <td className="num">{s.schoolReference.schoolId}</td>
              <td className="num">{s.schoolYearTypeReference.schoolYear}</td>
              <td>
                <span title={s.termDescriptor}>{descriptorLabel(s.termDescriptor)}</span>
              </td>
              <td className="date">{s.beginDate}</td>
              <td className="date">{s.endDate}</td>
              <td className="num">{s.totalInstructionalDays}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
