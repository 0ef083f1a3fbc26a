import { useId, useState, type ReactNode } from 'react'
import { schoolYearLabel } from '../../../lib/date-only.ts'
import type { OverviewData } from '../overview-types.ts'
import { countSeverities, summarizeSchools } from '../school-summary.ts'
import { monthAxis } from '../year-layout.ts'
import { DistrictTotals } from './district-totals.tsx'
import { OverviewTable } from './overview-table.tsx'
import { SchoolTimeline } from './school-timeline.tsx'
import './year-overview.css'

interface YearOverviewPageProps {
  schoolYear: number | undefined
  yearPicker: ReactNode
  status?: ReactNode
  actions?: ReactNode
  data: OverviewData | undefined
  showPeriods: boolean
  onShowPeriodsChange: (show: boolean) => void
}

export function YearOverviewPage({
  schoolYear,
  yearPicker,
  status,
  actions,
  data,
  showPeriods,
  onShowPeriodsChange,
}: YearOverviewPageProps) {
  const [view, setView] = useState<'picture' | 'table'>('picture')
  const periodsId = useId()
  const label = schoolYear ? schoolYearLabel(schoolYear) : ''
  const schools = data ? summarizeSchools(data) : []
  const axis = monthAxis([...(data?.sessions ?? []), ...(showPeriods ? (data?.gradingPeriods ?? []) : [])], schoolYear ?? 2000)
  const periods = showPeriods ? data?.gradingPeriods : undefined

  return (
    <section className="page year-overview" aria-labelledby="overview-heading">
      <title>{`School year ${label} · Ed-Fi Sessions Steward`}</title>
      <div className="page-heading overview-heading">
        <div>
          <h1 id="overview-heading">School year {label}</h1>
          <p className="page-lead">Every school’s terms on one calendar, with what the data-quality checks found.</p>
        </div>
        <div className="overview-actions">
          {yearPicker}
          {actions}
        </div>
      </div>
      {status}
      {data && schoolYear !== undefined && (
        <>
          <DistrictTotals
            schoolYear={schoolYear}
            schools={schools.length}
            sessions={data.sessions.length}
            counts={countSeverities(data.findings)}
          />
          <div className="overview-options">
            <div role="group" aria-label="Show as" className="view-switch">
              <button type="button" aria-pressed={view === 'picture'} onClick={() => setView('picture')}>
                Calendar
              </button>
              <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
                Table
              </button>
            </div>
            <label htmlFor={periodsId} className="form-check-inline">
              <input id={periodsId} type="checkbox" checked={showPeriods} onChange={(e) => onShowPeriodsChange(e.target.checked)} /> Show
              grading periods
            </label>
          </div>
          {schools.length === 0 ? (
            <p className="status">No sessions in {label} for the schools this connection may see.</p>
          ) : view === 'picture' ? (
            <div className="overview-chart">
              {schools.map((school) => (
                <SchoolTimeline
                  key={school.schoolId}
                  school={school}
                  schoolYear={schoolYear}
                  axis={axis}
                  gradingPeriods={periods?.filter((p) => p.schoolId === school.schoolId)}
                />
              ))}
            </div>
          ) : (
            <OverviewTable schools={schools} schoolYearLabel={label} gradingPeriods={periods} />
          )}
        </>
      )}
    </section>
  )
}
