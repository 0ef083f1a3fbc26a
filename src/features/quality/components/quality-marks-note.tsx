import './quality.css'
import { schoolYearLabel } from '../../../lib/date-only.ts'
import type { FindingsBySession } from '../use-findings-by-session.ts'

export function QualityMarksNote({ schoolYear, marks }: { schoolYear: number | undefined; marks: FindingsBySession }) {
  if (schoolYear === undefined) return null
  if (marks.state === 'checking')
    return (
      <p className="quality-marks" role="status">
        Checking the sessions of {schoolYearLabel(schoolYear)}…
      </p>
    )
  if (marks.state === 'done')
    return (
      <p className="quality-marks muted">
        Rows marked <span aria-hidden="true">✖ ▲ ●</span> have data-quality findings (checks of {schoolYearLabel(schoolYear)}).
      </p>
    )
  return (
    <p className="quality-marks">
      <button type="button" className="button-link" onClick={marks.run}>
        Mark rows with data-quality findings
      </button>{' '}
      <span className="muted">(reads every session of {schoolYearLabel(schoolYear)})</span>
    </p>
  )
}
