import { Link } from '@tanstack/react-router'
import { formatDate } from '../../../lib/date-only.ts'
import { termLabel } from '../../../lib/edfi/term-families.ts'
import type { OverviewGradingPeriod } from '../overview-types.ts'
import { worstSeverityOf, type SchoolSummary } from '../school-summary.ts'
import { barPosition, LANE_LABELS, lanesOf, type MonthAxis } from '../year-layout.ts'
import { MonthAxisRow, MonthGrid } from './month-axis.tsx'
import { StatusText } from './status-text.tsx'

const MARKS = { error: '✖', warning: '▲', note: '●' } as const
const WORDS = { error: 'has an error', warning: 'has a warning', note: 'has a note' } as const

interface SchoolTimelineProps {
  school: SchoolSummary
  schoolYear: number
  axis: MonthAxis
  gradingPeriods?: readonly OverviewGradingPeriod[]
}

export function SchoolTimeline({ school, schoolYear, axis, gradingPeriods }: SchoolTimelineProps) {
  const headingId = `school-${school.schoolId}`
  return (
    <section className="school-row" aria-labelledby={headingId}>
      <div className="school-facts">
        <h2 id={headingId} className="school-name">
          <Link to="/sessions" search={{ schoolYear, schoolId: school.schoolId }}>
            {school.name}
          </Link>
        </h2>
        <p className="school-figures">
          {school.sessions.length} sessions
          {school.daysByLane.map(([lane, days]) => (
            <span key={lane}>
              {LANE_LABELS[lane]}: {days} days
            </span>
          ))}
        </p>
        <StatusText counts={school.counts} />
      </div>
      <div className="school-lanes">
        <MonthAxisRow axis={axis} />
        {lanesOf(school.sessions).map(([lane, sessions]) => (
          <div key={lane} className="lane">
            <span className="lane-label">{LANE_LABELS[lane]}</span>
            <div className="lane-track">
              <MonthGrid axis={axis} />
              {sessions.map((s) => {
                const { left, width } = barPosition(axis, s.beginDate, s.endDate)
                const worst = worstSeverityOf(s.id, school.findings)
                const span = `${s.name}: ${formatDate(s.beginDate)} to ${formatDate(s.endDate)}`
                return (
                  <Link
                    key={s.id}
                    to="/sessions/$sessionId"
                    params={{ sessionId: s.id }}
                    className={`bar bar-${lane}${worst ? ` bar-flagged-${worst}` : ''}`}
                    style={{ left: `${left}%`, width: `${width}%` }}
                    aria-label={`${span}, ${s.days} instructional days${worst ? `, ${WORDS[worst]}` : ''}`}
                    title={`${span}, ${s.days} days`}
                  >
                    {worst && <span aria-hidden="true">{MARKS[worst]} </span>}
                    {termLabel(s.term)}
                  </Link>
                )
              })}
            </div>
          </div>
        ))}
        {gradingPeriods && gradingPeriods.length > 0 && (
          <div className="lane lane-periods">
            <span className="lane-label">Grading periods</span>
            <div className="lane-track">
              {gradingPeriods.map((p) => {
                const { left, width } = barPosition(axis, p.beginDate, p.endDate)
                return (
                  <span
                    key={p.name}
                    className="period"
                    style={{ left: `${left}%`, width: `${width}%` }}
                    title={`${p.name}: ${formatDate(p.beginDate)} to ${formatDate(p.endDate)}`}
                  >
                    {p.name.replace(/^\d{4}-\d{4} /, '')}
                  </span>
                )
              })}
            </div>
          </div>
        )}
      </div>
    </section>
  )
}
