import { useQuery } from '@tanstack/react-query'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'

export interface FeedReading {
  snapshot: boolean
  /** The user asked for the snapshot (here or with the app-wide snapshot mode). */
  wanted: boolean
  /** The server answered 404 "Snapshot not found.": the window is read live instead. */
  snapshotMissing: boolean
  /** The newest change version the snapshot holds, when reading it. */
  snapshotNewest: number | undefined
  /** Still finding out whether a snapshot exists. */
  deciding: boolean
}

/**
 * Live or snapshot for the whole window. The snapshot is asked for its available versions first:
 * when the server has none, the feed says so and reads live data rather than failing every request.
 */
export function useFeedReading(requested: boolean | undefined): FeedReading {
  const { snapshot: appSnapshot } = useSnapshotMode()
  const wanted = appSnapshot || requested === true
  const probe = useQuery({ ...sessionQueries.availableChangeVersions(true), enabled: wanted })
  const snapshotMissing = wanted && probe.isError && probe.error.kind === 'snapshot-unavailable'
  return {
    snapshot: wanted && !snapshotMissing,
    wanted,
    snapshotMissing,
    snapshotNewest: wanted ? probe.data?.newestChangeVersion : undefined,
    deciding: wanted && probe.isPending,
  }
}
