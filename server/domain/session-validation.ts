// Validation of a Session POST/PUT body, as Ed-Fi ODS/API v7.3 does it (DS 5.2 edFi_session in
// ../shared/edfi/sessions-openapi.json). Two phases, like the ODS:
//   1. deserialization (session-validation-shape.ts): JSON types; any failure ends validation;
//   2. model validation (session-validation-rules.ts): required members, lengths, ranges, text
//      rules, descriptors, reference completeness, key unification, duplicate collection items.
// The result is either the flattened SessionInput or the catalog's 400 "Data Validation Failed"
// problem with every message keyed by JSON path. It never throws for any input.
import { problems, type Problem } from './problem.ts'
import type { SessionInput } from './session-types.ts'
import { checkSessionRules, type DescriptorLookups } from './session-validation-rules.ts'
import { readSessionShape, type SessionShape } from './session-validation-shape.ts'
import { ErrorBag } from './validation-errors.ts'

export type { DescriptorKind, DescriptorLookups } from './session-validation-rules.ts'

export type SessionValidation = { ok: true; session: SessionInput } | { ok: false; problem: Problem }

/**
 * Validates a parsed JSON body (unknown) for POST/PUT. Unknown properties are ignored, and so are
 * `id`, `_etag`, `_lastModifiedDate` and `link` (POST's id check is done by the route).
 */
export function validateSessionBody(body: unknown, lookups: DescriptorLookups): SessionValidation {
  const bag = new ErrorBag()
  const shape = readSessionShape(body, bag)
  if (shape) checkSessionRules(shape, lookups, bag)
  if (!shape || !bag.isEmpty) return { ok: false, problem: problems.dataValidation(bag.errors) }
  return { ok: true, session: toSessionInput(shape) }
}

/**
 * For a JSON text that failed to parse: the ODS answers "Data Validation Failed" with the parser's
 * message (knowledge base, "Non-Compliant JSON Body"). It keys the message by the JSON path where
 * Newtonsoft stopped; JSON.parse reports only a character position, so the key here is "$".
 */
export function malformedJsonProblem(message: string): Problem {
  return problems.dataValidation({ $: [message] })
}

/** Only called once phase 2 passed, so every required member is present. */
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
