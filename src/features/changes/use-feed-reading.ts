import { useQuery } from '@tanstack/react-query'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'

export interface FeedReading {
  snapshot: boolean
  wanted: boolean
  snapshotMissing: boolean
  snapshotNewest: number | undefined
  deciding: boolean
}

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
