import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useEffect, useId, useRef, useState, type ComponentType, type ReactNode } from 'react'
import { ApiErrorAlert } from '../../components/ui/api-error-alert.tsx'
import { useCapabilities } from '../../shared/connection/connection-context.tsx'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'
import type { Session } from '../../entities/sessions/session-schema.ts'
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
} from '../../entities/sessions/sessions-search.ts'
import { FilterBar } from './filters/filter-bar.tsx'
import { FilterChips } from './filters/filter-chips.tsx'
import { describeFilters } from '../../entities/sessions/filter-labels.ts'
import { GridOptions } from './grid/grid-options.tsx'
import { useColumnVisibility, useDensity } from './grid/grid-preferences.ts'
import { SessionsEmptyState } from './sessions-empty-state.tsx'
import { SessionsFilterForm } from './filters/sessions-filter-form.tsx'
import { SessionsGrid, type GridSelection } from './grid/sessions-grid.tsx'
import { SessionsPager } from './paging/sessions-pager.tsx'
import { SessionsTimeline } from './timeline/sessions-timeline.tsx'
import { SessionsToolbar } from './sessions-toolbar.tsx'
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.ts'
import { useSessionLookups } from '../../entities/lookups/use-session-lookups.ts'
import { useSessionPage } from './use-session-page.ts'
import { prefetchSessionsPage } from './sessions-prefetch.ts'
import type { SessionEditorDialogProps } from '../../entities/sessions/editor-contract.ts'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'
import './sessions-page.css'

interface SessionsPageProps {
  search: SessionsSearch
  onSearchChange: (search: SessionsSearch) => void
  slots: SessionsPageSlots
}

export interface SessionsPageSlots {
  sinceLastVisit: ReactNode
  exportButton: (scope: { filters: SessionFilters; changeWindow: ChangeVersionWindow }) => ReactNode
  SessionEditor: ComponentType<SessionEditorDialogProps>
  actions?: ReactNode
  selection?: GridSelection
  selectionBar?: ReactNode
  rowMarker?: (session: Session) => ReactNode
  beforeGrid?: ReactNode
}

export function SessionsPage({ search, onSearchChange, slots }: SessionsPageProps) {
  const { SessionEditor } = slots
  const { snapshot } = useSnapshotMode()
  const navigate = useNavigate()
  const lookups = useSessionLookups(snapshot)
  const [columnVisibility, setColumnVisibility] = useColumnVisibility()
  const [density, setDensity] = useDensity()
  const [creating, setCreating] = useState(false)
  const filterFormRef = useRef<HTMLFormElement>(null)
  const filterFormId = useId()
  const [filtersOpen, setFiltersOpen] = useState(false)
  const focusFilters = useRef(false)
  useEffect(() => {
    if (!filtersOpen || !focusFilters.current) return
    focusFilters.current = false
    filterFormRef.current?.querySelector<HTMLElement>('select, input')?.focus()
  }, [filtersOpen])

  const filters = filtersOf(search)
  const changeWindow = changeWindowOf(search)
  const narrowing = narrowingOf(search)
  // Before 7.3 (and in API 8.0) there are no cursors: a shared cursor link opens numbered pages.
  const cursorAvailable = useCapabilities()?.cursorPaging !== false
  const urlPaging = pagingOf(search)
  const paging: Paging =
    cursorAvailable || urlPaging.mode === 'offset' ? urlPaging : { ...urlPaging, mode: 'offset', offset: 0, tokens: [] }
  const applied = describeFilters(narrowing, lookups)
  const page = useSessionPage({ filters, changeWindow, paging, snapshot })

  const queryClient = useQueryClient()
  const searchWith = (next: Partial<Paging>) => ({ ...search, ...pagingToSearch({ ...paging, ...next }) })
  const setPaging = (next: Partial<Paging>) => onSearchChange(searchWith(next))
  // The request leaves on hover or focus, so the click finds it answered or on its way.
  const prefetchPaging = (next: Partial<Paging>) => prefetchSessionsPage(queryClient, searchWith(next))
  const clearFilters = () => onSearchChange(withNarrowing(search, {}))
  const startCreate = () => {
    if (!snapshot) setCreating(true)
  }

  useEffect(() => rememberListSearch(search), [search])

  useKeyboardShortcuts({
    '/': () => {
      focusFilters.current = true
      if (filtersOpen) filterFormRef.current?.querySelector<HTMLElement>('select, input')?.focus()
      else setFiltersOpen(true)
    },
    n: startCreate,
  })

  return (
    <section className="page sessions-page" aria-labelledby="sessions-heading">
      <title>Sessions · Ed-Fi Sessions Steward</title>
      <div className="page-heading">
        <div className="page-heading-title">
          <h1 id="sessions-heading">Sessions</h1>
          {slots.sinceLastVisit}
        </div>
        <SessionsToolbar
          snapshot={snapshot}
          exportButton={slots.exportButton({ filters, changeWindow })}
          onCreate={startCreate}
          actions={slots.actions}
        />
      </div>
      <FilterBar open={filtersOpen} onToggle={() => setFiltersOpen(!filtersOpen)} applied={applied.length} formId={filterFormId}>
        <FilterChips
          filters={applied}
          onRemove={(key) => onSearchChange(withNarrowing(search, { ...narrowing, [key]: undefined }))}
          onClearAll={clearFilters}
        />
      </FilterBar>
      {filtersOpen && (
        <div id={filterFormId}>
          <SessionsFilterForm
            formRef={filterFormRef}
            applied={narrowing}
            snapshot={snapshot}
            onApply={(next) => {
              onSearchChange(withNarrowing(search, next))
              setFiltersOpen(false)
            }}
            onReset={clearFilters}
          />
        </div>
      )}

      <div className="sessions-tools">
        {slots.beforeGrid}
        <GridOptions
          mode={paging.mode}
          size={paging.size}
          cursorAvailable={cursorAvailable}
          onModeChange={(mode) => onSearchChange(withMode(search, mode))}
          onSizeChange={(size) => onSearchChange(withPageSize(search, size))}
          visibility={columnVisibility}
          onVisibilityChange={setColumnVisibility}
          density={density}
          onDensityChange={setDensity}
        />
      </div>
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
          {slots.selectionBar}
          <SessionsGrid
            sessions={page.items}
            caption="Sessions, in the order the API returns them (the Ed-Fi API cannot sort)"
            lookups={lookups}
            columnVisibility={columnVisibility}
            density={density}
            busy={page.stale}
            skeletonRows={Math.min(paging.size, 12)}
            selection={snapshot ? undefined : slots.selection}
            rowMarker={slots.rowMarker}
          />
        </>
      )}
      {page.error && paging.tokens.length > 0 && (
        <button type="button" onClick={() => setPaging({ tokens: [] })}>
          Start again from the first page
        </button>
      )}
      <SessionsPager paging={paging} page={page} onPagingChange={setPaging} onPagingIntent={prefetchPaging} />
      <SessionEditor
        mode="create"
        open={creating}
        onOpenChange={setCreating}
        onSaved={({ id }) => void navigate({ to: '/sessions/$sessionId', params: { sessionId: id } })}
      />
    </section>
  )
}
