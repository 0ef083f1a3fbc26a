import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { useCurrentSchoolYear } from '../../entities/lookups/current-school-year.ts'
import { useSchoolYears } from '../../entities/lookups/lookup-hooks.ts'
import { YearOverviewPage } from '../../features/overview/components/year-overview-page.tsx'
import { YearPicker } from '../../features/overview/components/year-picker.tsx'
import { CheckStatus } from '../../features/quality/components/check-status.tsx'
import { DEFAULT_CHECK_OPTIONS } from '../../features/quality/rules/index.ts'
import { useQualityReport } from '../../features/quality/use-quality-report.ts'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'

const routeApi = getRouteApi('/')

function OverviewRoute() {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const { snapshot } = useSnapshotMode()
  const current = useCurrentSchoolYear(snapshot)
  const years = useSchoolYears({ snapshot })
  const schoolYear = search.schoolYear ?? current
  const report = useQualityReport(
    { filters: schoolYear === undefined ? {} : { schoolYear }, snapshot, options: DEFAULT_CHECK_OPTIONS },
    schoolYear !== undefined,
  )
  return (
    <YearOverviewPage
      schoolYear={schoolYear}
      yearPicker={
        <YearPicker
          value={schoolYear}
          years={years.data ?? []}
          onChange={(year) => void navigate({ search: { ...search, schoolYear: year === current ? undefined : year } })}
        />
      }
      status={
        <CheckStatus
          fetching={report.query.isFetching && !report.query.data}
          progress={report.progress}
          cancelled={report.cancelled}
          error={report.query.error}
          onCancel={report.cancel}
          onRun={report.run}
        />
      }
      data={report.query.data}
      showPeriods={search.periods ?? false}
      onShowPeriodsChange={(periods) => void navigate({ search: { ...search, periods: periods || undefined }, replace: true })}
    />
  )
}

export const Route = createLazyRoute('/')({ component: OverviewRoute })
