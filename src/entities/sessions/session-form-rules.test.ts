import { describe, expect, it } from 'vitest'
import type { SessionBody } from './session-schema.ts'
import {
  changesNaturalKey,
  dateOrderWarning,
  formToSession,
  serverFieldToFormField,
  sessionFormSchema,
  sessionToForm,
} from './session-form-rules.ts'
import { academicWeekRef, GRAND_BEND_HIGH, gradingPeriodRef, sessionBody, TERM } from '../../../test-support/builders.ts'

const stored: SessionBody = sessionBody('2026-2027 Fall Semester', {
  schoolYear: 2027,
  term: TERM.fallSemester,
  beginDate: '2026-08-20',
  endDate: '2026-12-18',
  days: 82,
  gradingPeriods: [gradingPeriodRef('S1', 'First Semester', GRAND_BEND_HIGH, 2027)],
  academicWeeks: [academicWeekRef('2026-2027 Week 01')],
})

describe('form mapping', () => {
  it('a stored session round-trips through the form unchanged', () => {
    const form = sessionToForm(stored)
    expect(form).toMatchObject({
      schoolId: '255901001',
      schoolYear: '2027',
      totalInstructionalDays: '82',
      academicWeeks: [{ weekIdentifier: '2026-2027 Week 01' }],
    })
    expect(formToSession(form)).toEqual(stored)
  })

  it('list references take the session’s school and year (key unification)', () => {
    const form = { ...sessionToForm(stored), schoolId: '255901044', schoolYear: '2026' }
    const body = formToSession(form)
    expect(body.gradingPeriods![0]!.gradingPeriodReference).toMatchObject({ schoolId: 255901044, schoolYear: 2026 })
    expect(body.academicWeeks![0]!.academicWeekReference.schoolId).toBe(255901044)
  })

  it('dates stay the strings typed: no time zone can move them a day', () => {
    expect(formToSession({ ...sessionToForm(stored), beginDate: '2026-01-01' }).beginDate).toBe('2026-01-01')
  })
})

describe('form rules (Ed-Fi)', () => {
  const valid = sessionToForm(stored)
  const errors = (patch: object) => {
    const result = sessionFormSchema.safeParse({ ...valid, ...patch })
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]))
  }

  it('accepts a complete session', () => expect(errors({})).toEqual({}))
  it('requires the key and the term', () => {
    expect(errors({ schoolId: '', schoolYear: '', sessionName: '', termDescriptor: '' })).toEqual({
      schoolId: 'Choose a school.',
      schoolYear: 'Choose a school year.',
      sessionName: 'Enter a session name.',
      termDescriptor: 'Choose a term.',
    })
  })
  it('session name: at most 60 characters, no spaces at either end', () => {
    expect(errors({ sessionName: 'x'.repeat(60) })).toEqual({})
    expect(errors({ sessionName: 'x'.repeat(61) })).toEqual({ sessionName: 'A session name has at most 60 characters.' })
    expect(errors({ sessionName: ' Fall' })).toEqual({ sessionName: 'Remove the spaces at the start or end of the name.' })
  })
  it('instructional days: a whole number from 0', () => {
    expect(errors({ totalInstructionalDays: '0' })).toEqual({})
    expect(errors({ totalInstructionalDays: '-1' })).toEqual({ totalInstructionalDays: 'Enter a whole number of days, 0 or more.' })
    expect(errors({ totalInstructionalDays: '2.5' })).toEqual({ totalInstructionalDays: 'Enter a whole number of days, 0 or more.' })
  })
  it('list rows must be chosen', () => {
    expect(errors({ academicWeeks: [{ weekIdentifier: '' }] })).toEqual({ 'academicWeeks.0.weekIdentifier': 'Choose an academic week.' })
  })
  it('end before begin is a warning, not an error', () => {
    expect(errors({ beginDate: '2026-12-18', endDate: '2026-08-20' })).toEqual({})
    expect(dateOrderWarning({ beginDate: '2026-12-18', endDate: '2026-08-20' })).toMatch(/before the begin date/)
    expect(dateOrderWarning({ beginDate: '2026-08-20', endDate: '2026-08-20' })).toBeUndefined()
  })
  it('a natural-key change is any change of school, year or name', () => {
    expect(changesNaturalKey(valid, { ...valid, totalInstructionalDays: '3' })).toBe(false)
    expect(changesNaturalKey(valid, { ...valid, sessionName: 'Other' })).toBe(true)
    expect(changesNaturalKey(valid, { ...valid, schoolYear: '2026' })).toBe(true)
  })
})

describe('server validation errors land on form fields', () => {
  it.each([
    ['sessionName', 'sessionName'],
    ['schoolReference.schoolId', 'schoolId'],
    ['schoolYearTypeReference', 'schoolYear'],
    ['gradingPeriods.1.gradingPeriodReference.gradingPeriodName', 'gradingPeriods.1'],
    ['academicWeeks.0.academicWeekReference.weekIdentifier', 'academicWeeks.0'],
    ['totalInstructionalDays', 'totalInstructionalDays'],
    ['root', 'root'],
    ['somethingElse', 'root'],
  ])('%s -> %s', (server, form) => expect(serverFieldToFormField(server)).toBe(form))
})
