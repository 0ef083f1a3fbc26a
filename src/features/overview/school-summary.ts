import { laneOf, LANE_ORDER, type Lane } from './year-layout.ts'
import type { OverviewData, OverviewFinding, OverviewSession, OverviewSeverity } from './overview-types.ts'

export type SeverityCounts = Record<OverviewSeverity, number>

export interface SchoolSummary {
  schoolId: number
  name: string
  sessions: OverviewSession[]
  daysByLane: [Lane, number][]
  findings: OverviewFinding[]
  counts: SeverityCounts
}

export function countSeverities(findings: readonly OverviewFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, note: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}

export function summarizeSchools(data: OverviewData): SchoolSummary[] {
  const ids = new Set([...data.sessions.map((s) => s.schoolId), ...data.findings.map((f) => f.schoolId)])
  return [...ids]
    .map((schoolId) => {
      const sessions = data.sessions.filter((s) => s.schoolId === schoolId)
      const days = new Map<Lane, number>()
      for (const s of sessions) days.set(laneOf(s.term), (days.get(laneOf(s.term)) ?? 0) + s.days)
      const findings = data.findings.filter((f) => f.schoolId === schoolId)
      return {
        schoolId,
        name: data.schoolNames[schoolId] ?? `School ${schoolId}`,
        sessions,
        daysByLane: LANE_ORDER.filter((lane) => days.has(lane)).map((lane) => [lane, days.get(lane)!] as [Lane, number]),
        findings,
        counts: countSeverities(findings),
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

export function worstSeverityOf(sessionId: string, findings: readonly OverviewFinding[]): OverviewSeverity | undefined {
  let worst: OverviewSeverity | undefined
  for (const f of findings) {
    if (!f.sessions.some((s) => s.id === sessionId)) continue
    if (f.severity === 'error') return 'error'
    if (f.severity === 'warning' || worst === undefined) worst = f.severity
  }
  return worst
}
