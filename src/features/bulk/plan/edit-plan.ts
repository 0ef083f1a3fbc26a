import { DS52_FORM_LIMITS, type SessionFormLimits } from '../../../entities/sessions/session-form-limits.ts'
import { dateOrderWarning, sessionFormSchemaFor, sessionToForm } from '../../../entities/sessions/session-form-rules.ts'
import { sessionKeyOf, toSessionBody, type Session, type SessionBody } from '../../../entities/sessions/session-schema.ts'
import { addDays, isIsoDate, weekdaysBetween } from './iso-date.ts'
import { diffSessions } from './plan-diff.ts'
import type { PlanRow } from './plan-types.ts'

// Each chosen session is read fresh: its etag becomes the row's If-Match.

export type FieldEdits =
  | { kind: 'set'; beginDate?: string; endDate?: string; totalInstructionalDays?: string; termDescriptor?: string }
  | { kind: 'shift'; days: number }

export function applyEdits(session: SessionBody, edits: FieldEdits): SessionBody {
  if (edits.kind === 'shift') {
    if (!isIsoDate(session.beginDate) || !isIsoDate(session.endDate)) return session
    return { ...session, beginDate: addDays(session.beginDate, edits.days), endDate: addDays(session.endDate, edits.days) }
  }
  const next = { ...session }
  if (edits.beginDate) next.beginDate = edits.beginDate
  if (edits.endDate) next.endDate = edits.endDate
  if (edits.termDescriptor) next.termDescriptor = edits.termDescriptor
  if (edits.totalInstructionalDays !== undefined && edits.totalInstructionalDays.trim() !== '') {
    const days = edits.totalInstructionalDays.trim()
    next.totalInstructionalDays = /^\d+$/.test(days) ? Number(days) : Number.NaN
  }
  return next
}

const schemas = new WeakMap<SessionFormLimits, ReturnType<typeof sessionFormSchemaFor>>()
const schemaFor = (limits: SessionFormLimits) => schemas.get(limits) ?? schemas.set(limits, sessionFormSchemaFor(limits)).get(limits)!

export function ruleProblems(body: SessionBody, limits: SessionFormLimits = DS52_FORM_LIMITS): string[] {
  const values = sessionToForm(body)
  if (Number.isNaN(body.totalInstructionalDays)) values.totalInstructionalDays = 'x'
  const checked = schemaFor(limits).safeParse(values)
  return checked.success ? [] : [...new Set(checked.error.issues.map((i) => i.message))]
}

export function buildEditRows(sessions: readonly Session[], edits: FieldEdits, limits: SessionFormLimits = DS52_FORM_LIMITS): PlanRow[] {
  return sessions.map((session, index) => {
    const current = toSessionBody(session)
    const next = applyEdits(current, edits)
    const problems = ruleProblems(next, limits)
    const notes: string[] = []
    const order = dateOrderWarning(next)
    if (order) notes.push(order)
    if (!problems.length && (next.beginDate !== current.beginDate || next.endDate !== current.endDate)) {
      if (weekdaysBetween(next.beginDate, next.endDate) !== weekdaysBetween(current.beginDate, current.endDate)) {
        notes.push('The new dates have a different number of weekdays: check the instructional days.')
      }
    }
    const action = problems.length ? 'invalid' : diffSessions(current, next).length ? 'update' : 'unchanged'
    return { n: index + 1, action, key: sessionKeyOf(current), id: session.id, etag: session._etag, current, next, notes, problems }
  })
}

export function buildDeleteRows(sessions: readonly Session[]): PlanRow[] {
  return sessions.map((session, index) => ({
    n: index + 1,
    action: 'delete',
    key: sessionKeyOf(session),
    id: session.id,
    etag: session._etag,
    current: toSessionBody(session),
    notes: [],
    problems: [],
  }))
}
