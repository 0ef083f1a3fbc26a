import { Link } from '@tanstack/react-router'
import type { SeverityCounts } from '../school-summary.ts'

interface DistrictTotalsProps {
  schoolYear: number
  schools: number
  sessions: number
  counts: SeverityCounts
}

const LABELS = { error: ['error', 'errors'], warning: ['warning', 'warnings'], note: ['note', 'notes'] } as const
const ICONS = { error: '✖', warning: '▲', note: '●' } as const

export function DistrictTotals({ schoolYear, schools, sessions, counts }: DistrictTotalsProps) {
  return (
    <ul className="district-totals" aria-label="District totals">
      <li>
        <Link to="/sessions" search={{ schoolYear }}>
          <strong>{schools}</strong> schools
        </Link>
      </li>
      <li>
        <Link to="/sessions" search={{ schoolYear }}>
          <strong>{sessions}</strong> sessions
        </Link>
      </li>
      {(['error', 'warning', 'note'] as const).map((severity) => (
        <li key={severity} className={`overview-severity-${severity}`}>
          <Link to="/quality" search={{ schoolYear }}>
            <span aria-hidden="true">{ICONS[severity]} </span>
            <strong>{counts[severity]}</strong> {LABELS[severity][counts[severity] === 1 ? 0 : 1]}
          </Link>
        </li>
      ))}
    </ul>
  )
}
