import { Link } from '@tanstack/react-router'
import { formatDate } from '../../../lib/date-only.ts'
import { termLabel } from '../../../lib/edfi/term-families.ts'
import type { OverviewGradingPeriod } from '../overview-types.ts'
import type { SchoolSummary } from '../school-summary.ts'
import { LANE_LABELS } from '../year-layout.ts'
import { StatusText } from './status-text.tsx'
import { TableHead } from '../../../components/ui/table-head.tsx'

interface OverviewTableProps {
  schools: readonly SchoolSummary[]
  schoolYearLabel: string
  gradingPeriods?: readonly OverviewGradingPeriod[]
}

export function OverviewTable({ schools, schoolYearLabel, gradingPeriods }: OverviewTableProps) {
  return (
    <div className="table-scroll overview-table">
      <table className="data-table">
        <caption className="visually-hidden">Sessions of {schoolYearLabel} by school</caption>
        <TableHead columns={['School', 'Session', 'Term', 'Begins', 'Ends', 'Instructional days', 'Findings']} />
        <tbody>
          {schools.flatMap((school) => [
            ...school.sessions.map((s) => {
              const own = school.findings.filter((f) => f.sessions.some((x) => x.id === s.id))
              return (
                <tr key={s.id}>
                  <td>{school.name}</td>
                  <th scope="row">
                    <Link to="/sessions/$sessionId" params={{ sessionId: s.id }}>
                      {s.name}
                    </Link>
                  </th>
                  <td>{termLabel(s.term)}</td>
                  <td>{formatDate(s.beginDate)}</td>
                  <td>{formatDate(s.endDate)}</td>
                  <td>{s.days}</td>
                  <td>{own.length ? own.map((f) => f.explanation).join(' ') : 'None'}</td>
                </tr>
              )
            }),
            ...(gradingPeriods ?? [])
              .filter((p) => p.schoolId === school.schoolId)
              .map((p) => (
                <tr key={`${school.schoolId}-${p.name}`}>
                  <td>{school.name}</td>
                  <th scope="row">{p.name} (grading period)</th>
                  <td>Grading period</td>
                  <td>{formatDate(p.beginDate)}</td>
                  <td>{formatDate(p.endDate)}</td>
                  <td />
                  <td />
                </tr>
              )),
            <tr key={`${school.schoolId}-total`} className="overview-total">
              <td>{school.name}</td>
              <th scope="row">All sessions ({school.sessions.length})</th>
              <td colSpan={3}>{school.daysByLane.map(([lane, days]) => `${LANE_LABELS[lane]}: ${days} days`).join(', ')}</td>
              <td />
              <td>
                <StatusText counts={school.counts} />
              </td>
            </tr>,
          ])}
        </tbody>
      </table>
    </div>
  )
}
