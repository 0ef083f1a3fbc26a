import { createLazyRoute, getRouteApi } from '@tanstack/react-router'
import { useSchools } from '../../features/lookups/api/lookup-hooks.ts'
import { MySchoolFilter } from '../../features/my-school/my-school-filter.tsx'
import { NameSearch } from '../../features/name-search/name-search.tsx'
import { FindingFlag } from '../../features/quality/components/finding-flag.tsx'
import { QualityMarksNote } from '../../features/quality/components/quality-marks-note.tsx'
import { useFindingsBySession } from '../../features/quality/use-findings-by-session.ts'
import { SessionsPage } from '../../features/sessions/components/sessions-page.tsx'
import { filtersOf, narrowingOf, withNarrowing } from '../../features/sessions/sessions-search.ts'
import { useSnapshotMode } from '../../features/snapshot/snapshot-mode.tsx'

const routeApi = getRouteApi('/sessions')

function SessionsRoute() {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const { snapshot } = useSnapshotMode()
  const schools = useSchools({ snapshot })
  // Rows are flagged from the checks of the school year shown (the grid opens on one).
  const marks = useFindingsBySession(search.schoolYear, snapshot)
  const schoolName = (id: number) => schools.data?.find((s) => s.schoolId === id)?.nameOfInstitution
  // Every change of the list state is a history entry, so Back and Forward walk through views.
  const onSearchChange = (next: typeof search) => void navigate({ search: next })
  return (
    <SessionsPage
      search={search}
      onSearchChange={onSearchChange}
      rowMarker={(session) => <FindingFlag findings={marks.bySession.get(session.id) ?? []} />}
      beforeGrid={
        <>
          <MySchoolFilter schoolId={search.schoolId} schoolName={schoolName} onPick={(schoolId) => onSearchChange(withNarrowing(search, { ...narrowingOf(search), schoolId }))} />
          <NameSearch filters={filtersOf(search)} snapshot={snapshot} />
          <QualityMarksNote schoolYear={search.schoolYear} marks={marks} />
        </>
      }
    />
  )
}

export const Route = createLazyRoute('/sessions')({ component: SessionsRoute })
