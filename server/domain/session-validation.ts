import { problems, type Problem } from './problem.ts'
import type { SessionInput } from './session-types.ts'
import { checkSessionRules, type DescriptorLookups } from './session-validation-rules.ts'
import { readSessionShape, type SessionShape } from './session-validation-shape.ts'
import { ErrorBag } from './validation-errors.ts'

export type { DescriptorKind, DescriptorLookups } from './session-validation-rules.ts'

export type SessionValidation = { ok: true; session: SessionInput } | { ok: false; problem: Problem }

export function validateSessionBody(body: unknown, lookups: DescriptorLookups): SessionValidation {
  const bag = new ErrorBag()
  const shape = readSessionShape(body, bag)
  if (shape) checkSessionRules(shape, lookups, bag)
  if (!shape || !bag.isEmpty) return { ok: false, problem: problems.dataValidation(bag.errors) }
  return { ok: true, session: toSessionInput(shape) }
}

/** Malformed JSON: keyed "$", since JSON.parse gives no path where Newtonsoft would. */
export function malformedJsonProblem(message: string): Problem {
  return problems.dataValidation({ $: [message] })
}

function toSessionInput(shape: SessionShape): SessionInput {
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('validated session is missing a member')
    return value
  }
  return {
    schoolId: need(shape.schoolReference?.schoolId),
    schoolYear: need(shape.schoolYearTypeReference?.schoolYear),
    sessionName: need(shape.sessionName),
    termDescriptor: need(shape.termDescriptor),
    beginDate: need(shape.beginDate),
    endDate: need(shape.endDate),
    totalInstructionalDays: need(shape.totalInstructionalDays),
    gradingPeriods: shape.gradingPeriods.map(({ gradingPeriodReference: ref }) => ({
      gradingPeriodDescriptor: need(ref?.gradingPeriodDescriptor),
      gradingPeriodName: need(ref?.gradingPeriodName),
      schoolId: need(ref?.schoolId),
      schoolYear: need(ref?.schoolYear),
    })),
    academicWeeks: shape.academicWeeks.map(({ academicWeekReference: ref }) => ({
      schoolId: need(ref?.schoolId),
      weekIdentifier: need(ref?.weekIdentifier),
    })),
  }
}
