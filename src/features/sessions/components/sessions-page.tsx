import { useNavigate } from '@tanstack/react-router'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { Session } from '../api/session-schema.ts'
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx'
import { SinceLastVisitBadge } from '../../changes/since-last-visit-badge.tsx'
import { useSnapshotMode } from '../../snapshot/snapshot-mode.tsx'
import {
  changeWindowOf,
  filtersOf,
  hasNarrowing,
  narrowingOf,
  pagingOf,
  pagingToSearch,
  rememberListSearch,
  withMode,
  withNarrowing,
  withPageSize,
  type Paging,
  type SessionsSearch,
} from '../sessions-search.ts'
import { FilterChips } from './filter-chips.tsx'
import { describeFilters } from './filter-labels.ts'
import { GridOptions } from './grid-options.tsx'
import { useColumnVisibility, useDensity } from './grid-preferences.ts'
import { LazySessionEditor } from './lazy-editor-dialogs.tsx'
import { SessionsEmptyState } from './sessions-empty-state.tsx'
import { SessionsFilterForm } from './sessions-filter-form.tsx'
import { SessionsGrid } from './sessions-grid.tsx'
import { SessionsPager } from './sessions-pager.tsx'
import { SessionsTimeline } from './sessions-timeline.tsx'
import { SessionsToolbar } from './sessions-toolbar.tsx'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts'
import { useSessionLookups } from './use-session-lookups.ts'
import { useSessionPage } from './use-session-page.ts'
import './sessions-page.css'

interface SessionsPageProps {
  /** The list state, parsed from the URL. */
  search: SessionsSearch
  /** The route owns the URL: the page only asks for another state (a new history entry). */
  onSearchChange: (search: SessionsSearch) => void
  /** Shown after each row's name (e.g. a data-quality mark). */
  rowMarker?: (session: Session) => ReactNode
  /** Shown above the grid (e.g. a search over the whole filtered set). */
  beforeGrid?: ReactNode
}

/** The sessions workspace: filters, one page of the grid, paging, and the way into create. */
export function SessionsPage({ search, onSearchChange, rowMarker, beforeGrid }: SessionsPageProps) {
  const { snapshot } = useSnapshotMode()
  const navigate = useNavigate()
  const lookups = useSessionLookups(snapshot)
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()
  const [density, setDensity] = useDensity()
  const [creating, setCreating] = useState(false)
  const filterFormRef = useRef<HTMLFormElement>(null)

  const filters = filtersOf(search)
  const changeWindow = changeWindowOf(search)
  const narrowing = narrowingOf(search)
  const paging = pagingOf(search)
  const page = useSessionPage({ filters, changeWindow, paging, snapshot })

  const setPaging = (next: Partial<Paging>) => onSearchChange({ ...search, ...pagingToSearch({ ...paging, ...next }) })
  const clearFilters = () => onSearchChange(withNarrowing(search, {}))
  const startCreate = () => {
    if (!snapshot) setCreating(true)
  }

  useEffect(() => rememberListSearch(search), [search])

  useKeyboardShortcuts({
    '/': () => filterFormRef.current?.querySelector<HTMLElement>('select, input')?.focus(),
    n: startCreate,
  })

  return (
    <section className="page sessions-page" aria-labelledby="sessions-heading">
      <title>Sessions · Ed-Fi Sessions Steward</title>
      <div className="page-heading">
        <div className="page-heading-title">
          <h1 id="sessions-heading">Sessions</h1>
          <SinceLastVisitBadge />
        </div>
        <SessionsToolbar snapshot={snapshot} filters={filters} changeWindow={changeWindow} onCreate={startCreate} />
      </div>
      <p className="page-lead">
        Academic sessions (terms) of the schools this API client may see. Keys: <kbd>/</kbd> filter, <kbd>n</kbd> new session.
      </p>

      <SessionsFilterForm
        formRef={filterFormRef}
        applied={narrowing}
        snapshot={snapshot}
        onApply={(next) => onSearchChange(withNarrowing(search, next))}
        onReset={clearFilters}
      />
      <FilterChips
        filters={describeFilters(narrowing, lookups)}
        onRemove={(key) => onSearchChange(withNarrowing(search, { ...narrowing, [key]: undefined }))}
        onClearAll={clearFilters}
      />

      {beforeGrid}
      <GridOptions
        mode={paging.mode}
        size={paging.size}
        onModeChange={(mode) => onSearchChange(withMode(search, mode))}
        onSizeChange={(size) => onSearchChange(withPageSize(search, size))}
        visibility={columnVisibility}
        onVisibilityChange={setColumnVisibility}
        density={density}
        onDensityChange={setDensity}
      />
      {page.error ? (
        <ApiErrorAlert error={page.error} heading="Sessions could not be loaded" onRetry={page.retry} />
      ) : page.items?.length === 0 ? (
        <SessionsEmptyState
          filtered={hasNarrowing(search)}
          atStart={paging.offset === 0 && paging.tokens.length === 0}
          onClearFilters={clearFilters}
          onFirstPage={() => setPaging({ offset: 0, tokens: [] })}
        />
      ) : (
        <>
          {page.items && <SessionsTimeline sessions={page.items} lookups={lookups} />}
          <SessionsGrid
            sessions={page.items}
            caption="Sessions, in the order the API returns them (the Ed-Fi API cannot sort)"
            lookups={lookups}
            columnVisibility={columnVisibility}
            density={density}
            busy={page.stale}
            skeletonRows={Math.min(paging.size, 12)}
            rowMarker={rowMarker}
          />
        </>
      )}
      {page.error && paging.tokens.length > 0 && (
        <button type="button" onClick={() => setPaging({ tokens: [] })}>
          Start again from the first page
        </button>
      )}
      <SessionsPager paging={paging} page={page} onPagingChange={setPaging} />
      <LazySessionEditor
        mode="create"
        open={creating}
        onOpenChange={setCreating}
        onSaved={({ id }) => void navigate({ to: '/sessions/$sessionId', params: { sessionId: id } })}
      />
    </section>
  )
}
