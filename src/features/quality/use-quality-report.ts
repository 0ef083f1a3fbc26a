import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { WholeSetProgress } from '../../entities/sessions/read-all-sessions.ts'
import { perFrame } from './per-frame.ts'
import { listenToProgress, qualityQueries, watchSaves, type ReportParams } from './quality-queries.ts'

export function useQualityReport(params: ReportParams, enabled = true) {
  const client = useQueryClient()
  const options = qualityQueries.report(params)
  const query = useQuery({ ...options, enabled })
  const [progress, setProgress] = useState<WholeSetProgress | undefined>(undefined)
  const [cancelled, setCancelled] = useState(false)
  const paramsKey = JSON.stringify(params)
  useEffect(() => watchSaves(client), [client])
  useEffect(() => listenToProgress(JSON.parse(paramsKey) as ReportParams, perFrame(setProgress)), [paramsKey])
  return {
    query,
    progress: query.isFetching ? progress : undefined,
    cancelled: cancelled && !query.isFetching,
    cancel: () => {
      setCancelled(true)
      void client.cancelQueries({ queryKey: options.queryKey })
    },
    run: () => {
      setCancelled(false)
      void query.refetch()
    },
  }
}
