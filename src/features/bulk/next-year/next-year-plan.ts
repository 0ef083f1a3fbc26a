import { sameSessionKey, sessionKeyOf, toSessionBody, type Session, type SessionBody } from '../../../entities/sessions/session-schema.ts'
import { weekdaysBetween } from '../plan/iso-date.ts'
import { diffSessions } from '../plan/plan-diff.ts'
import type { PlanRow } from '../plan/plan-types.ts'
import { moveRangeByYears, rewriteYearInName } from '../plan/year-rollover.ts'
import { plural } from '../../../lib/date-only.ts'

export interface TargetCalendar {
  gradingPeriods: Map<number, Set<string>>
  /** Ed-Fi weeks carry no school year. */
  weeks: Map<number, Set<string>>
}

export interface NextYearInput {
  fromYear: number
  toYear: number
  sources: readonly Session[]
  existing: readonly Session[]
  target: TargetCalendar
  sessionNameMaxLength?: number
}

export interface MissingGradingPeriod {
  schoolId: number
  descriptor: string
  name: string
}

export interface NextYearPlan {
  rows: PlanRow[]
  missingGradingPeriods: MissingGradingPeriod[]
}

const gpKey = (descriptor: string, name: string) => `${descriptor}|${name}`

export function buildNextYearPlan(input: NextYearInput): NextYearPlan {
  const missing = new Map<string, MissingGradingPeriod>()
  const rows = input.sources.map((source, index): PlanRow => {
    const leftOut: MissingGradingPeriod[] = []
    const { next, notes } = rollSession(source, input, (m) => leftOut.push(m))
    const max = input.sessionNameMaxLength ?? 60
    const problems = next.sessionName.length > max ? [`The new name “${next.sessionName}” is longer than ${max} characters.`] : []
    const existing = input.existing.find((s) => sameSessionKey(sessionKeyOf(s), sessionKeyOf(next)))
    const row: PlanRow = { n: index + 1, action: problems.length ? 'invalid' : 'create', key: sessionKeyOf(next), next, notes, problems }
    // Only copies that will be made need the target year's grading periods: a second plan over
    // sessions that exist already (skipped) asks for nothing.
    if (row.action === 'create' && !existing) for (const m of leftOut) missing.set(`${m.schoolId}|${m.descriptor}|${m.name}`, m)
    if (!existing || problems.length) return row
    return withExistsChoice({ ...row, id: existing.id, etag: existing._etag, current: toSessionBody(existing) }, 'skip')
  })
  return { rows, missingGradingPeriods: [...missing.values()] }
}

export function withExistsChoice(row: PlanRow, choice: 'skip' | 'update'): PlanRow {
  if (choice === 'skip') return { ...row, existsChoice: choice, action: 'skip' }
  return { ...row, existsChoice: choice, action: diffSessions(row.current, row.next).length ? 'update' : 'unchanged' }
}

function rollSession(
  source: Session,
  input: NextYearInput,
  onMissing: (m: MissingGradingPeriod) => void,
): { next: SessionBody; notes: string[] } {
  const { fromYear, toYear, target } = input
  const schoolId = source.schoolReference.schoolId
  const notes: string[] = []
  const name = rewriteYearInName(source.sessionName, fromYear, toYear)
  if (!name.rewritten) notes.push(`The name has no school year in it, so it is kept as “${source.sessionName}”.`)
  const moved = moveRangeByYears(source.beginDate, source.endDate, toYear - fromYear)
  if (weekdaysBetween(moved.beginDate, moved.endDate) !== weekdaysBetween(source.beginDate, source.endDate)) {
    notes.push('The moved dates have a different number of weekdays: check the instructional days.')
  }

  const schoolPeriods = target.gradingPeriods.get(schoolId) ?? new Set<string>()
  const gradingPeriods = (source.gradingPeriods ?? []).flatMap(({ gradingPeriodReference: g }) => {
    const periodName = rewriteYearInName(g.gradingPeriodName, fromYear, toYear).name
    if (schoolPeriods.has(gpKey(g.gradingPeriodDescriptor, periodName))) {
      return [
        {
          gradingPeriodReference: {
            gradingPeriodDescriptor: g.gradingPeriodDescriptor,
            gradingPeriodName: periodName,
            schoolId,
            schoolYear: toYear,
          },
        },
      ]
    }
    onMissing({ schoolId, descriptor: g.gradingPeriodDescriptor, name: periodName })
    notes.push(`Grading period “${periodName}” does not exist for this school yet: left out.`)
    return []
  })

  const schoolWeeks = target.weeks.get(schoolId) ?? new Set<string>()
  const missingWeeks: string[] = []
  const academicWeeks = (source.academicWeeks ?? []).flatMap(({ academicWeekReference: w }) => {
    const weekIdentifier = rewriteYearInName(w.weekIdentifier, fromYear, toYear).name
    if (schoolWeeks.has(weekIdentifier)) return [{ academicWeekReference: { schoolId, weekIdentifier } }]
    missingWeeks.push(weekIdentifier)
    return []
  })
  if (missingWeeks.length)
    notes.push(
      `${plural(missingWeeks.length, 'academic week')} ${missingWeeks.length === 1 ? 'does' : 'do'} not exist for this school yet (${missingWeeks.slice(0, 3).join(', ')}${missingWeeks.length > 3 ? ', …' : ''}): left out.`,
    )

  const next: SessionBody = {
    ...toSessionBody(source),
    sessionName: name.name,
    schoolYearTypeReference: { schoolYear: toYear },
    beginDate: moved.beginDate,
    endDate: moved.endDate,
    gradingPeriods,
    academicWeeks,
  }
  return { next, notes }
}

export function targetCalendarKey(descriptor: string, name: string): string {
  return gpKey(descriptor, name)
}
