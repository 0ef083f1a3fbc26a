import { useQuery } from '@tanstack/react-query'
import { useEffect, useEffectEvent, useMemo, useState } from 'react'
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx'
import { useCapabilities } from '../../../shared/connection/connection-context.tsx'
import { NoChangeHistoryNotice } from '../../../shared/connection/no-change-history-notice.tsx'
import { useSchools } from '../../../entities/lookups/lookup-hooks.ts'
import { sessionQueries } from '../../../entities/sessions/session-queries.ts'
import { useSnapshotMode } from '../../../shared/snapshot/snapshot-mode.tsx'
import { useDetailsMode } from '../../../lib/details-mode.ts'
import { bucketize, resolveWindow, type ResolvedWindow } from '../change-window.ts'
import type { ChangesSearch, WindowKind } from '../changes-search.ts'
import { CHANGE_KINDS, type ChangeKind } from '../feed-entry.ts'
import { changeFeedQueries } from '../feed-queries.ts'
import { bucketPlacement } from '../volume-scan.ts'
import { windowWhen } from '../window-dates.ts'
import { useLastSeenChangeVersion } from '../last-visit-store.ts'
import { SinceLastVisitBadge } from '../since-last-visit-badge.tsx'
import { useChangeFeed } from '../use-change-feed.ts'
import { useFeedReading } from '../use-feed-reading.ts'
import { ChangeFeedTable, type LocalSave } from './change-feed-table.tsx'
import { ChangeVolumeChart } from './change-volume-chart.tsx'
import { FeedFilters } from './feed-filters.tsx'
import { SnapshotReading } from './snapshot-reading.tsx'
import { SourcePagers } from './source-pagers.tsx'
import { WindowPicker } from './window-picker.tsx'
import '../changes.css'

const CHART_BUCKETS = 12
const OFFSET_PARAM: Record<ChangeKind, 'upsertsOffset' | 'deletesOffset' | 'keyChangesOffset'> = {
  upsert: 'upsertsOffset',
  delete: 'deletesOffset',
  keyChange: 'keyChangesOffset',
}
const FIRST_PAGES = { upsertsOffset: undefined, deletesOffset: undefined, keyChangesOffset: undefined }

export interface ChangesPageProps {
  search: ChangesSearch
  onSearchChange: (change: Partial<ChangesSearch>, options?: { replace?: boolean }) => void
  localSaves?: Readonly<Record<string, LocalSave>>
  onSessionsShown?: (ids: readonly string[]) => void
}

export function ChangesPage({ search, onSearchChange, localSaves = {}, onSessionsShown }: ChangesPageProps) {
  const { snapshot: appSnapshot } = useSnapshotMode()
  const details = useDetailsMode()
  // Kept here: the bar re-mounts while a new window loads, and must stay as the steward left it.
  const [settingsOpen, setSettingsOpen] = useState(false)
  const reading = useFeedReading(search.snapshot)
  const noChangeQueries = useCapabilities()?.changeQueries === false
  const available = useQuery({
    ...sessionQueries.availableChangeVersions(reading.snapshot),
    enabled: !reading.deciding && !noChangeQueries,
  })
  const { lastSeen } = useLastSeenChangeVersion()
  const schools = useSchools({ snapshot: reading.snapshot })
  const window: ResolvedWindow | undefined = available.data ? resolveWindow(search, available.data, lastSeen) : undefined
  const needsPin = window !== undefined && (search.minChangeVersion === undefined || search.maxChangeVersion === undefined)

  // A relative window ("the last 50") is written into the URL as exact bounds once resolved, so
  // paging and sharing keep the same window while new changes keep arriving.
  // The window is a new object each render: effects and memos key on its values.
  const [windowKind, windowMin, windowMax] = window ? [window.kind, window.min, window.max] : []
  const pinWindow = useEffectEvent((kind: WindowKind, min: number, max: number) =>
    onSearchChange({ window: kind, minChangeVersion: min, maxChangeVersion: max }, { replace: true }),
  )
  useEffect(() => {
    if (needsPin && windowKind !== undefined && windowMin !== undefined && windowMax !== undefined)
      pinWindow(windowKind, windowMin, windowMax)
  }, [needsPin, windowKind, windowMin, windowMax])

  const buckets = useMemo(
    () => (windowMin !== undefined && windowMax !== undefined ? bucketize({ min: windowMin, max: windowMax }, CHART_BUCKETS) : []),
    [windowMin, windowMax],
  )
  const kinds = search.kinds ?? CHANGE_KINDS
  const volume = useQuery({
    ...changeFeedQueries.volume({ buckets, kinds, snapshot: reading.snapshot }),
    enabled: buckets.length > 0 && !needsPin,
  })
  const start = useMemo(() => (volume.data ? bucketPlacement(volume.data) : undefined), [volume.data])
  const when = windowWhen(volume.data)
  const windowShown =
    window && details
      ? `Window: change versions ${window.min} to ${window.max}`
      : `Showing changes ${when ? `from ${when}` : 'in the chosen window'}`
  const windowWords = window ? `${windowShown}${reading.snapshot ? ', read from the snapshot' : ', read live'}.` : ''
  const feed = useChangeFeed(search, needsPin ? undefined : window, reading.snapshot, {
    start,
    settled: volume.isSuccess || volume.isError,
    exact: details,
  })

  const schoolNames = useMemo(() => new Map((schools.data ?? []).map((s) => [s.schoolId, s.nameOfInstitution])), [schools.data])
  const schoolName = (id: number | undefined) => (id === undefined ? '—' : (schoolNames.get(id) ?? `School ${id}`))
  const shownIds = feed.entries.flatMap((e) => (e.kind === 'upsert' ? [e.id] : []))
  const shownKey = shownIds.join(',')
  useEffect(() => {
    if (shownKey) onSessionsShown?.(shownKey.split(','))
  }, [shownKey, onSessionsShown])

  return (
    <section className="page changes-page" aria-labelledby="changes-heading">
      <title>Change history · Ed-Fi Sessions Steward</title>
      <h1 id="changes-heading">Change history</h1>
      <p className="page-lead">
        What changed in sessions, newest first. <strong>Author not available from Ed-Fi</strong>: Ed-Fi records which sessions changed and
        in which order, not who changed them or the old values of an ordinary update.
      </p>
      {noChangeQueries && <NoChangeHistoryNotice keepsLocal={false} />}
      {!noChangeQueries && <SinceLastVisitBadge />}
      {available.isError && (
        <ApiErrorAlert
          error={available.error}
          heading="The available change versions could not be read"
          onRetry={() => void available.refetch()}
        />
      )}
      {!noChangeQueries && (available.isPending || reading.deciding) && (
        <p className="status" role="status">
          Reading the available change versions…
        </p>
      )}
      {window && available.data && (
        <>
          <details
            className="changes-controls-bar"
            open={settingsOpen}
            onToggle={(event) => setSettingsOpen((event.currentTarget as HTMLDetailsElement).open)}
          >
            <summary>
              <span className="changes-controls-title">Window and filters</span> <span role="status">{windowWords}</span>
            </summary>
            <div className="changes-controls">
              <WindowPicker
                key={`${window.kind}:${window.min}:${window.max}`}
                current={window}
                last={search.last}
                available={available.data}
                lastSeen={lastSeen}
                onChoose={(w) =>
                  onSearchChange({ window: w.kind, last: w.last, minChangeVersion: w.min, maxChangeVersion: w.max, ...FIRST_PAGES })
                }
              />
              <div>
                <FeedFilters
                  kinds={feed.kinds}
                  schoolId={search.schoolId}
                  schools={schools.data}
                  onKindsChange={(kinds) =>
                    onSearchChange({ kinds: kinds.length === CHANGE_KINDS.length ? undefined : kinds, ...FIRST_PAGES })
                  }
                  onSchoolChange={(schoolId) => onSearchChange({ schoolId, ...FIRST_PAGES })}
                />
                <SnapshotReading
                  requested={search.snapshot === true}
                  reading={reading}
                  appSnapshot={appSnapshot}
                  windowMax={window.max}
                  onChange={(on) => onSearchChange({ snapshot: on || undefined, ...FIRST_PAGES })}
                />
              </div>
            </div>
          </details>

          <section aria-labelledby="feed-heading" className="changes-section">
            <h2 id="feed-heading">Changes in this window</h2>
            {feed.error && <ApiErrorAlert error={feed.error} heading="Changes could not be loaded" onRetry={feed.retry} />}
            {feed.loading ? (
              <p className="status" role="status">
                Loading changes…
              </p>
            ) : (
              <>
                {feed.locating && <p className="status">Placing sessions in order…</p>}
                {feed.entries.length > 0 ? (
                  <ChangeFeedTable entries={feed.entries} schoolName={schoolName} localSaves={localSaves} busy={feed.locating} />
                ) : (
                  <p className="status">No changes of the chosen kinds in this window.</p>
                )}
                <SourcePagers
                  pages={feed.pages}
                  kinds={feed.kinds}
                  onOffsetChange={(kind, offset) => onSearchChange({ [OFFSET_PARAM[kind]]: offset || undefined })}
                />
              </>
            )}
          </section>
          <section aria-labelledby="volume-heading" className="changes-section">
            <h2 id="volume-heading">Change volume</h2>
            {volume.isError && (
              <ApiErrorAlert error={volume.error} heading="Change volume could not be counted" onRetry={() => void volume.refetch()} />
            )}
            {volume.data ? (
              <ChangeVolumeChart
                buckets={volume.data}
                onNarrow={(b) => onSearchChange({ window: 'custom', minChangeVersion: b.lo, maxChangeVersion: b.hi, ...FIRST_PAGES })}
              />
            ) : (
              !volume.isError && <p className="status">Counting changes…</p>
            )}
          </section>
        </>
      )}
    </section>
  )
}
