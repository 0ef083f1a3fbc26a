import { createLazyRoute, getRouteApi, Link } from '@tanstack/react-router'
import { useSchools } from '../../entities/lookups/lookup-hooks.ts'
import { changeWindowOf, filtersOf, narrowingOf, withNarrowing } from '../../entities/sessions/sessions-search.ts'
import { SelectionBar } from '../../features/bulk/selection/selection-bar.tsx'
import { useGridSelection } from '../../features/bulk/selection/use-grid-selection.ts'
import { SinceLastVisitBadge } from '../../features/changes/since-last-visit-badge.tsx'
import { ExportButton } from '../../features/export/export-button.tsx'
import { MySchoolFilter } from '../../features/my-school/my-school-filter.tsx'
import { NameSearch } from '../../features/name-search/name-search.tsx'
import { FindingFlag } from '../../features/quality/components/finding-flag.tsx'
import { QualityMarksNote } from '../../features/quality/components/quality-marks-note.tsx'
import { useFindingsBySession } from '../../features/quality/use-findings-by-session.ts'
import { LazySessionEditor } from '../../features/session-editor/lazy-editor-dialogs.tsx'
import { SessionsPage, type SessionsPageSlots } from '../../features/sessions-list/sessions-page.tsx'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'

const routeApi = getRouteApi('/sessions')

const fixedSlots: Pick<SessionsPageSlots, 'sinceLastVisit' | 'exportButton' | 'SessionEditor' | 'actions'> = {
  sinceLastVisit: <SinceLastVisitBadge />,
  exportButton: (scope) => <ExportButton {...scope} />,
  SessionEditor: LazySessionEditor,
  actions: (
    <>
      <Link to="/bulk/next-year">Set up next school year…</Link>
      <Link to="/bulk/import">Import…</Link>
    </>
  ),
}

function SessionsRoute() {
  const search = routeApi.useSearch()
  const navigate = routeApi.useNavigate()
  const { snapshot } = useSnapshotMode()
  const schools = useSchools({ snapshot })
  const filters = filtersOf(search)
  const changeWindow = changeWindowOf(search)
  // A new filter starts a new selection: "all matching" must never carry over to another set.
  const selection = useGridSelection(JSON.stringify([filters, changeWindow]))
  const marks = useFindingsBySession(search.schoolYear, snapshot)
  const schoolName = (id: number) => schools.data?.find((s) => s.schoolId === id)?.nameOfInstitution
  const onSearchChange = (next: typeof search) => void navigate({ search: next })
  return (
    <SessionsPage
      search={search}
      onSearchChange={onSearchChange}
      slots={{
        ...fixedSlots,
        selection,
        selectionBar: <SelectionBar selection={selection} filters={filters} changeWindow={changeWindow} />,
        rowMarker: (session) => <FindingFlag findings={marks.bySession.get(session.id) ?? []} />,
        beforeGrid: (
          <>
            <MySchoolFilter
              schoolId={search.schoolId}
              schoolName={schoolName}
              onPick={(schoolId) => onSearchChange(withNarrowing(search, { ...narrowingOf(search), schoolId }))}
            />
            <NameSearch filters={filters} snapshot={snapshot} />
            <QualityMarksNote schoolYear={search.schoolYear} marks={marks} />
          </>
        ),
      }}
    />
  )
}

export const Route = createLazyRoute('/sessions')({ component: SessionsRoute })
