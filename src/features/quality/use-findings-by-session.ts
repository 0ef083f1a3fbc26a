import { useMemo } from 'react'
import { DEFAULT_CHECK_OPTIONS, type Finding } from './rules/index.ts'
import { useQualityReport } from './use-quality-report.ts'

/** The findings of one school year's checks, per session id (empty until they are done). */
export function useFindingsBySession(schoolYear: number | undefined, snapshot: boolean): ReadonlyMap<string, Finding[]> {
  const report = useQualityReport({ filters: schoolYear === undefined ? {} : { schoolYear }, snapshot, options: DEFAULT_CHECK_OPTIONS }, schoolYear !== undefined)
  const findings = report.query.data?.findings
  return useMemo(() => {
    const bySession = new Map<string, Finding[]>()
    for (const f of findings ?? []) {
      for (const s of f.sessions) {
        const list = bySession.get(s.id)
        if (list) list.push(f)
        else bySession.set(s.id, [f])
      }
    }
    return bySession
  }, [findings])
}
