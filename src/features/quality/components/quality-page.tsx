import { useCurrentSchoolYear } from '../../../entities/lookups/current-school-year.ts'
import { useSchools, useSchoolYears } from '../../../entities/lookups/lookup-hooks.ts'
import { useSnapshotMode } from '../../../shared/snapshot/snapshot-mode.tsx'
import { schoolYearLabel } from '../../../lib/date-only.ts'
import { downloadText, findingsCsv } from '../findings-csv.ts'
import type { QualitySearch } from '../quality-search.ts'
import { DEFAULT_CHECK_OPTIONS, SEVERITIES } from '../rules/types.ts'
import { useQualityReport } from '../use-quality-report.ts'
import { CheckStatus } from './check-status.tsx'
import { FindingGroups } from './finding-groups.tsx'
import { QualityFilters } from './quality-filters.tsx'
import { SeverityBadge } from './severity-badge.tsx'
import './quality.css'

interface QualityPageProps {
  search: QualitySearch
  onSearchChange: (search: QualitySearch) => void
}

export function QualityPage({ search, onSearchChange }: QualityPageProps) {
  const { snapshot } = useSnapshotMode()
  const current = useCurrentSchoolYear(snapshot)
  const years = useSchoolYears({ snapshot })
  const schools = useSchools({ snapshot })
  const schoolYear = search.schoolYear ?? current
  const gapWeeks = search.gapWeeks ?? DEFAULT_CHECK_OPTIONS.gapWeeks
  const filters = { ...(schoolYear !== undefined && { schoolYear }), ...(search.schoolId !== undefined && { schoolId: search.schoolId }) }
  const report = useQualityReport({ filters, snapshot, options: { gapWeeks } }, schoolYear !== undefined)
  const data = report.query.data
  const findings = data?.findings ?? []
  const schoolName = (id: number) => data?.schoolNames[id] ?? `School ${id}`

  return (
    <section className="page quality-page" aria-labelledby="quality-heading">
      <title>Data quality · Ed-Fi Sessions Steward</title>
      <h1 id="quality-heading">Data quality</h1>
      <p className="page-lead">
        Every session of the chosen year is read whole and checked in your browser for mistakes a state calendar check would reject: dates,
        instructional days, overlapping or missing terms, grading periods and weeks outside their session.
        {snapshot ? ' Reading the server’s snapshot.' : ''}
      </p>
      <QualityFilters
        schoolYear={schoolYear}
        schoolId={search.schoolId}
        gapWeeks={gapWeeks}
        years={years.data ?? []}
        schools={schools.data ?? []}
        onChange={(next) =>
          onSearchChange({
            schoolYear: next.schoolYear === current ? undefined : next.schoolYear,
            schoolId: next.schoolId,
            gapWeeks: next.gapWeeks === DEFAULT_CHECK_OPTIONS.gapWeeks ? undefined : next.gapWeeks,
          })
        }
      />
      <CheckStatus
        fetching={report.query.isFetching}
        progress={report.progress}
        cancelled={report.cancelled}
        error={report.query.error}
        onCancel={report.cancel}
        onRun={report.run}
      />
      {data && (
        <>
          <div className="quality-summary">
            <p aria-live="polite">
              {findings.length === 0 ? (
                <>
                  No findings in {data.sessions.length.toLocaleString('en-US')} sessions of {schoolYearLabel(schoolYear ?? 0)}.
                </>
              ) : (
                <>
                  {SEVERITIES.map((severity) => {
                    const count = findings.filter((f) => f.severity === severity).length
                    return count ? <SeverityBadge key={severity} severity={severity} count={count} /> : null
                  })}{' '}
                  in {data.sessions.length.toLocaleString('en-US')} sessions of {schoolYearLabel(schoolYear ?? 0)}
                </>
              )}
            </p>
            <button
              type="button"
              disabled={findings.length === 0}
              onClick={() => downloadText(findingsCsv(findings, schoolName), `findings-${schoolYear}.csv`)}
            >
              Download findings (CSV)
            </button>
            <button type="button" onClick={report.run} disabled={report.query.isFetching}>
              Check again
            </button>
          </div>
          <FindingGroups findings={findings} />
        </>
      )}
    </section>
  )
}
