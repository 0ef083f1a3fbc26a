export interface SessionKey {
  schoolId: number
  schoolYear: number
  sessionName: string
}

export interface GradingPeriodRef {
  gradingPeriodDescriptor: string
  gradingPeriodName: string
  schoolId: number
  schoolYear: number
}

export interface AcademicWeekRef {
  schoolId: number
  weekIdentifier: string
}

export interface SessionInput extends SessionKey {
  termDescriptor: string
  beginDate: string
  endDate: string
  totalInstructionalDays: number
  gradingPeriods: GradingPeriodRef[]
  academicWeeks: AcademicWeekRef[]
}

export interface SessionRecord extends SessionInput {
  sessionId: number
  id: string
  lastModifiedDate: string
  changeVersion: number
}
