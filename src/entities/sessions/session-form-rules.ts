import { z } from 'zod'
import { DS52_FORM_LIMITS, type SessionFormLimits } from './session-form-limits.ts'
import type { Session, SessionBody } from './session-schema.ts'

// The ODS trims and rejects leading or trailing spaces. An end before the begin is a warning, not an
// error: Ed-Fi accepts it, and the steward may be mid-correction.

const DATE = /^\d{4}-\d{2}-\d{2}$/
const WHOLE = /^\d+$/

const noOuterSpaces = (value: string) => value === value.trim()

export function sessionFormSchemaFor(limits: SessionFormLimits) {
  const name = limits.sessionNameMaxLength
  const list = <T extends z.ZodTypeAny>(item: T, member: SessionFormLimits['requiredLists'][number], message: string) =>
    limits.requiredLists.includes(member) ? z.array(item).min(1, message) : z.array(item)
  return z.object({
    schoolId: z.string().min(1, 'Choose a school.'),
    schoolYear: z.string().min(1, 'Choose a school year.'),
    sessionName: z
      .string()
      .min(1, 'Enter a session name.')
      .max(name, `A session name has at most ${name} characters.`)
      .refine(noOuterSpaces, 'Remove the spaces at the start or end of the name.'),
    termDescriptor: z
      .string()
      .min(1, 'Choose a term.')
      .max(limits.termDescriptorMaxLength, `A term has at most ${limits.termDescriptorMaxLength} characters.`),
    beginDate: z.string().regex(DATE, 'Enter the begin date.'),
    endDate: z.string().regex(DATE, 'Enter the end date.'),
    totalInstructionalDays: z.string().trim().regex(WHOLE, 'Enter a whole number of days, 0 or more.'),
    gradingPeriods: list(
      z.object({
        gradingPeriodDescriptor: z.string().min(1, 'Choose a grading period.'),
        gradingPeriodName: z.string().min(1, 'Choose a grading period.'),
      }),
      'gradingPeriods',
      'This server needs at least one grading period.',
    ),
    academicWeeks: list(
      z.object({ weekIdentifier: z.string().min(1, 'Choose an academic week.') }),
      'academicWeeks',
      'This server needs at least one academic week.',
    ),
  })
}

export const sessionFormSchema = sessionFormSchemaFor(DS52_FORM_LIMITS)

export type SessionFormValues = z.infer<typeof sessionFormSchema>

export const emptySessionForm: SessionFormValues = {
  schoolId: '',
  schoolYear: '',
  sessionName: '',
  termDescriptor: '',
  beginDate: '',
  endDate: '',
  totalInstructionalDays: '',
  gradingPeriods: [],
  academicWeeks: [],
}

export function sessionToForm(session: SessionBody | Session): SessionFormValues {
  return {
    schoolId: String(session.schoolReference.schoolId),
    schoolYear: String(session.schoolYearTypeReference.schoolYear),
    sessionName: session.sessionName,
    termDescriptor: session.termDescriptor,
    beginDate: session.beginDate,
    endDate: session.endDate,
    totalInstructionalDays: String(session.totalInstructionalDays),
    gradingPeriods: (session.gradingPeriods ?? []).map(({ gradingPeriodReference: g }) => ({
      gradingPeriodDescriptor: g.gradingPeriodDescriptor,
      gradingPeriodName: g.gradingPeriodName,
    })),
    academicWeeks: (session.academicWeeks ?? []).map(({ academicWeekReference: w }) => ({ weekIdentifier: w.weekIdentifier })),
  }
}

/** Grading periods and weeks take the session's school and year: Ed-Fi unifies those key parts. */
export function formToSession(values: SessionFormValues): SessionBody {
  const schoolId = Number(values.schoolId)
  const schoolYear = Number(values.schoolYear)
  return {
    sessionName: values.sessionName,
    schoolReference: { schoolId },
    schoolYearTypeReference: { schoolYear },
    termDescriptor: values.termDescriptor,
    beginDate: values.beginDate,
    endDate: values.endDate,
    totalInstructionalDays: Number(values.totalInstructionalDays.trim()),
    gradingPeriods: values.gradingPeriods.map((g) => ({
      gradingPeriodReference: {
        gradingPeriodDescriptor: g.gradingPeriodDescriptor,
        gradingPeriodName: g.gradingPeriodName,
        schoolId,
        schoolYear,
      },
    })),
    academicWeeks: values.academicWeeks.map((w) => ({ academicWeekReference: { schoolId, weekIdentifier: w.weekIdentifier } })),
  }
}

export function dateOrderWarning(values: Pick<SessionFormValues, 'beginDate' | 'endDate'>): string | undefined {
  const { beginDate, endDate } = values
  if (!DATE.test(beginDate) || !DATE.test(endDate)) return undefined
  return endDate < beginDate ? 'The end date is before the begin date. Ed-Fi accepts it, but check that this is intended.' : undefined
}

export function changesNaturalKey(before: SessionFormValues, after: SessionFormValues): boolean {
  return before.schoolId !== after.schoolId || before.schoolYear !== after.schoolYear || before.sessionName !== after.sessionName
}

export function serverFieldToFormField(field: string): string {
  if (field === 'schoolReference' || field.startsWith('schoolReference.')) return 'schoolId'
  if (field === 'schoolYearTypeReference' || field.startsWith('schoolYearTypeReference.')) return 'schoolYear'
  const row = /^(gradingPeriods|academicWeeks)\.(\d+)(\.|$)/.exec(field)
  if (row) return `${row[1]}.${row[2]}`
  if (field === 'gradingPeriods' || field === 'academicWeeks') return field
  const simple = ['sessionName', 'termDescriptor', 'beginDate', 'endDate', 'totalInstructionalDays']
  return simple.includes(field) ? field : 'root'
}
