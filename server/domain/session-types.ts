// The Session resource as this server handles it after validation (wire shape: edFi_session in
// ../shared/edfi/sessions-openapi.json). Shared by validation, the repository and the routes.

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

/** A validated request body: every required member present, types and lengths checked. */
export interface SessionInput extends SessionKey {
  termDescriptor: string
  beginDate: string
  endDate: string
  totalInstructionalDays: number
  gradingPeriods: GradingPeriodRef[]
  academicWeeks: AcademicWeekRef[]
}

/** A stored session as the database holds it. */
export interface SessionRecord extends SessionInput {
  /** Aggregate id: the integer surrogate key cursor paging and partitions walk. */
  sessionId: number
  id: string
  lastModifiedDate: string
  changeVersion: number
}
