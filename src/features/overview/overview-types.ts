// What the year overview draws, as plain shapes: the app passes in the checked set (sessions,
// grading periods, findings) without this feature knowing where they came from.

export type OverviewSeverity = 'error' | 'warning' | 'note'

export interface OverviewSession {
  id: string
  name: string
  schoolId: number
  term: string
  beginDate: string
  endDate: string
  days: number
}

export interface OverviewGradingPeriod {
  name: string
  schoolId: number
  beginDate: string
  endDate: string
}

export interface OverviewFinding {
  key: string
  severity: OverviewSeverity
  schoolId: number
  explanation: string
  sessions: { id: string }[]
}

export interface OverviewData {
  sessions: readonly OverviewSession[]
  gradingPeriods: readonly OverviewGradingPeriod[]
  findings: readonly OverviewFinding[]
  schoolNames: Readonly<Record<number, string>>
}
