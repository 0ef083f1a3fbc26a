import { listAcademicWeeks, listGradingPeriods } from '../../../entities/lookups/list-lookups.ts'
import { readAllSessions } from '../../../entities/sessions/read-all-sessions.ts'
import type { Session } from '../../../entities/sessions/session-schema.ts'
import type { Batch } from '../plan/plan-types.ts'
import { buildNextYearPlan, targetCalendarKey, type MissingGradingPeriod, type TargetCalendar } from './next-year-plan.ts'
import { plural } from '../../../lib/date-only.ts'

export interface NextYearChoices {
  fromYear: number
  toYear: number
  schoolIds: number[]
  terms: string[]
}

export const schoolYearLabel = (year: number) => `${year - 1}-${year}`

export async function prepareNextYear(
  choices: NextYearChoices,
  sources: readonly Session[],
  connection: string,
  options: { signal?: AbortSignal; sessionNameMaxLength?: number } = {},
): Promise<Batch> {
  const { signal, sessionNameMaxLength } = options
  const { fromYear, toYear, schoolIds, terms } = choices
  const chosen = sources.filter((s) => schoolIds.includes(s.schoolReference.schoolId) && terms.includes(s.termDescriptor))
  const [existing, calendars] = await Promise.all([
    readAllSessions({ filters: { schoolYear: toYear }, snapshot: false, signal }),
    Promise.all(
      schoolIds.map(async (schoolId) => {
        const [periods, weeks] = await Promise.all([
          listGradingPeriods({ schoolId, schoolYear: toYear }, {}, signal),
          listAcademicWeeks({ schoolId }, {}, signal),
        ])
        return { schoolId, periods, weeks }
      }),
    ),
  ])
  const target: TargetCalendar = {
    gradingPeriods: new Map(
      calendars.map((c) => [c.schoolId, new Set(c.periods.map((p) => targetCalendarKey(p.gradingPeriodDescriptor, p.gradingPeriodName)))]),
    ),
    weeks: new Map(calendars.map((c) => [c.schoolId, new Set(c.weeks.map((w) => w.weekIdentifier))])),
  }
  const plan = buildNextYearPlan({
    fromYear,
    toYear,
    sources: chosen,
    existing: existing.filter((s) => schoolIds.includes(s.schoolReference.schoolId)),
    target,
    sessionNameMaxLength,
  })
  return {
    id: crypto.randomUUID(),
    kind: 'next-year',
    title: `Set up ${schoolYearLabel(toYear)} from ${schoolYearLabel(fromYear)}`,
    connection,
    createdAt: new Date().toISOString(),
    state: 'planned',
    rows: plan.rows,
    notes: missingNote(plan.missingGradingPeriods, toYear),
    neededGradingPeriods: plan.missingGradingPeriods,
  }
}

function missingNote(missing: readonly MissingGradingPeriod[], toYear: number): string[] {
  if (missing.length === 0) return []
  return [`${schoolYearLabel(toYear)} lacks ${plural(missing.length, 'grading period')} these sessions use, so the copies leave them out.`]
}
