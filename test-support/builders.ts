// Test data for every suite (unit and integration tests in src/ and server/, e2e in e2e/): session
// bodies and the seeded lookups they refer to. Plain data only, so that no suite imports another's code.

/** Grand Bend High School, of the seeded district the demo client may see. */
export const GRAND_BEND_HIGH = 255901001

export const TERM = {
  miniTerm: 'uri://ed-fi.org/TermDescriptor#MiniTerm',
  fallSemester: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
} as const

// Type aliases, not interfaces: they stay assignable to the wire schemas' open records (unknown members kept).
export type GradingPeriodRef = {
  gradingPeriodReference: { gradingPeriodDescriptor: string; gradingPeriodName: string; schoolId: number; schoolYear: number }
}

export type AcademicWeekRef = {
  academicWeekReference: { schoolId: number; weekIdentifier: string }
}

/** What POST and PUT /ed-fi/sessions send. */
export interface SessionBodyShape {
  sessionName: string
  schoolReference: { schoolId: number }
  schoolYearTypeReference: { schoolYear: number }
  termDescriptor: string
  beginDate: string
  endDate: string
  totalInstructionalDays: number
  gradingPeriods?: GradingPeriodRef[]
  academicWeeks?: AcademicWeekRef[]
}

/** The members a test usually varies, named as a steward reads them. */
export interface SessionInit {
  schoolId?: number
  schoolYear?: number
  term?: string
  beginDate?: string
  endDate?: string
  days?: number
  gradingPeriods?: GradingPeriodRef[]
  academicWeeks?: AcademicWeekRef[]
}

/** A valid body: a mini term of one week in school year 2022 at Grand Bend High unless told otherwise. */
export function sessionBody(sessionName: string, init: SessionInit = {}): SessionBodyShape {
  const body: SessionBodyShape = {
    sessionName,
    schoolReference: { schoolId: init.schoolId ?? GRAND_BEND_HIGH },
    schoolYearTypeReference: { schoolYear: init.schoolYear ?? 2022 },
    termDescriptor: init.term ?? TERM.miniTerm,
    beginDate: init.beginDate ?? '2022-01-03',
    endDate: init.endDate ?? '2022-01-07',
    totalInstructionalDays: init.days ?? 5,
  }
  if (init.gradingPeriods) body.gradingPeriods = init.gradingPeriods
  if (init.academicWeeks) body.academicWeeks = init.academicWeeks
  return body
}

/** A session as the API returns it: the body with an id and a last-modified instant. */
export function sessionRecord(id: string, sessionName: string, init: SessionInit & { lastModified?: string } = {}) {
  return { id, ...sessionBody(sessionName, init), _lastModifiedDate: init.lastModified ?? '2026-01-01T00:00:00Z' }
}

/** `descriptor` is a code value of Ed-Fi's namespace ("First Six Weeks") or a whole descriptor URI. */
export function gradingPeriodRef(name: string, descriptor: string, schoolId = GRAND_BEND_HIGH, schoolYear = 2022): GradingPeriodRef {
  const uri = descriptor.includes('#') ? descriptor : `uri://ed-fi.org/GradingPeriodDescriptor#${descriptor}`
  return { gradingPeriodReference: { gradingPeriodDescriptor: uri, gradingPeriodName: name, schoolId, schoolYear } }
}

export function academicWeekRef(weekIdentifier: string, schoolId = GRAND_BEND_HIGH): AcademicWeekRef {
  return { academicWeekReference: { schoolId, weekIdentifier } }
}

let counter = 0
/** A session name unique within a run (the key is school + school year + name; names hold at most 60 characters). */
export const uniqueName = (label: string) => `${label} ${Date.now() % 100_000}-${++counter}`.slice(0, 60)
