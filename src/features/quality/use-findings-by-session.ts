import { useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { qualityQueries, type ReportParams } from './quality-queries.ts'
import { DEFAULT_CHECK_OPTIONS, type Finding } from './rules/index.ts'
import { useQualityReport } from './use-quality-report.ts'

export interface FindingsBySession {
  bySession: ReadonlyMap<string, Finding[]>
  state: 'idle' | 'checking' | 'done'
  run: () => void
}

/** A grid does not start a whole-year read by itself: it shows marks when the checks are cached or asked for. */
export function useFindingsBySession(schoolYear: number | undefined, snapshot: boolean): FindingsBySession {
  const client = useQueryClient()
  const params: ReportParams = { filters: schoolYear === undefined ? {} : { schoolYear }, snapshot, options: DEFAULT_CHECK_OPTIONS }
  const cached = client.getQueryData(qualityQueries.report(params).queryKey) !== undefined
  const [asked, setAsked] = useState<number | undefined>(undefined)
  const report = useQualityReport(params, schoolYear !== undefined && (cached || asked === schoolYear))
  const findings = report.query.data?.findings
  const bySession = useMemo(() => {
    const map = new Map<string, Finding[]>()
    for (const f of findings ?? []) {
      for (const s of f.sessions) {
        const list = map.get(s.id)
        if (list) list.push(f)
        else map.set(s.id, [f])
      }
    }
    return map
  }, [findings])
  const state = report.query.isFetching ? 'checking' : findings ? 'done' : 'idle'
  return { bySession, state, run: () => setAsked(schoolYear) }
}
