import { describe, expect, it } from 'vitest'
import { runChecks } from './index.ts'
import { overlappingTerms } from './overlapping-terms.ts'
import { termGaps, yearNotCovered } from './term-gaps.ts'
import { termsExclude } from '../../../lib/edfi/term-families.ts'
import { context, session } from './test-support.ts'

const term = (label: string) => `uri://ed-fi.org/TermDescriptor#${label}`

describe('term families', () => {
  it('excludes two terms of one family, summer and the regular year, and quarters of the other half', () => {
    expect(termsExclude(term('Fall Semester'), term('Fall Semester'))).toBe(true)
    expect(termsExclude(term('Fall Semester'), term('Spring Semester'))).toBe(true)
    expect(termsExclude(term('First Quarter'), term('Second Quarter'))).toBe(true)
    expect(termsExclude(term('Summer Semester'), term('Fourth Quarter'))).toBe(true)
    expect(termsExclude(term('Spring Semester'), term('First Quarter'))).toBe(true)
    expect(termsExclude(term('Fall Semester'), term('First Quarter'))).toBe(false)
    expect(termsExclude(term('Fall Semester'), term('First Trimester'))).toBe(false)
  })

  it('treats unknown and neutral terms conservatively: they exclude nothing', () => {
    expect(termsExclude(term('MiniTerm'), term('Fall Semester'))).toBe(false)
    expect(termsExclude('uri://gbisd.org/TermDescriptor#Block 1', 'uri://gbisd.org/TermDescriptor#Block 1')).toBe(false)
  })
})

describe('overlapping-terms', () => {
  it('finds a summer term that starts before the Fourth Quarter ends, naming both', () => {
    const fourth = session({ label: 'Fourth Quarter', schoolId: 255901044, beginDate: '2027-03-15', endDate: '2027-05-21' })
    const summer = session({ label: 'Summer Semester', schoolId: 255901044, beginDate: '2027-05-17', endDate: '2027-07-23' })
    const third = session({ label: 'Third Quarter', schoolId: 255901044, beginDate: '2027-01-11', endDate: '2027-03-12' })
    const [finding, more] = overlappingTerms(context([third, fourth, summer]))
    expect(more).toBeUndefined()
    expect(finding!.sessions.map((s) => s.id).sort()).toEqual([fourth.id, summer.id].sort())
    expect(finding!.explanation).toContain('Grand Bend Middle School, 2026-2027')
  })

  it('finds two Fall Semesters, but not terms that meet without sharing a day or belong to other schools', () => {
    const a = session()
    const b = session({ name: 'Fall Semester (copy)' })
    expect(overlappingTerms(context([a, b]))).toHaveLength(1)
    const spring = session({ label: 'Spring Semester', beginDate: '2026-12-19', endDate: '2027-05-21' })
    const elsewhere = session({ schoolId: 255901044 })
    expect(overlappingTerms(context([a, spring, elsewhere]))).toEqual([])
  })

  it('makes one finding of a chain of colliding sessions', () => {
    const many = Array.from({ length: 50 }, (_, i) => session({ name: `Copy ${i}` }))
    const findings = overlappingTerms(context(many))
    expect(findings).toHaveLength(1)
    expect(findings[0]!.sessions).toHaveLength(50)
  })

  it('gives every finding its own short key, however many sessions it names', () => {
    const clusters = [0, 1, 2].flatMap((k) =>
      Array.from({ length: 40 }, (_, i) =>
        session({ name: `Copy ${k}-${i}`, beginDate: `202${6 + k}-08-24`, endDate: `202${6 + k}-12-18` }),
      ),
    )
    const quarters = ['First Quarter', 'Second Quarter', 'Third Quarter', 'Fourth Quarter'].map((label, i) =>
      session({ label, beginDate: `2027-0${1 + 2 * i}-04`, endDate: `2027-0${1 + 2 * i}-08` }),
    )
    const findings = runChecks({ ...context([...clusters, ...quarters]), sessions: [...clusters, ...quarters] })
    const keys = findings.map((f) => f.key)
    expect(findings.filter((f) => f.rule === 'overlapping-terms')).toHaveLength(3)
    expect(findings.filter((f) => f.rule === 'term-gap').length).toBeGreaterThanOrEqual(3)
    expect(new Set(keys).size).toBe(keys.length)
    expect(Math.max(...keys.map((k) => k.length))).toBeLessThan(100)
  })
})

describe('term-gap', () => {
  const fall = session({ endDate: '2026-12-18' })
  it('flags more than N school weeks between terms of one family, with N configurable', () => {
    const spring = session({ label: 'Spring Semester', beginDate: '2027-01-25', endDate: '2027-05-21' }) // 5 weeks later
    expect(termGaps(context([fall, spring]))).toHaveLength(1)
    expect(termGaps(context([fall, spring], { gapWeeks: 6 }))).toEqual([])
  })

  it('accepts a winter break of exactly three school weeks, and ignores other families', () => {
    const spring = session({ label: 'Spring Semester', beginDate: '2027-01-11', endDate: '2027-05-21' })
    const summer = session({ label: 'Summer Semester', beginDate: '2027-07-12', endDate: '2027-07-30' })
    expect(termGaps(context([fall, spring, summer]))).toEqual([])
  })
})

describe('year-not-covered', () => {
  const periods = [
    {
      descriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#First Semester',
      name: 'S1',
      schoolId: 255901001,
      schoolYear: 2027,
      beginDate: '2026-08-24',
      endDate: '2026-12-18',
    },
    {
      descriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#Second Semester',
      name: 'S2',
      schoolId: 255901001,
      schoolYear: 2027,
      beginDate: '2027-01-11',
      endDate: '2027-05-21',
    },
    {
      descriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#Summer Semester',
      name: 'SU',
      schoolId: 255901001,
      schoolYear: 2027,
      beginDate: '2027-06-07',
      endDate: '2027-07-23',
    },
  ]
  it('flags terms that stop three weeks before the grading periods do', () => {
    const spring = session({ label: 'Spring Semester', beginDate: '2027-01-11', endDate: '2027-04-30' })
    const [finding] = yearNotCovered(context([session(), spring], { gradingPeriods: periods }))
    expect(finding).toMatchObject({ sessions: [{ id: spring.id }] })
    expect(finding!.explanation).toContain('end on April 30, 2027, 3 school weeks before its grading periods end (May 21, 2027)')
  })

  it('accepts terms that cover the year, and does not judge a school without grading periods', () => {
    const spring = session({ label: 'Spring Semester', beginDate: '2027-01-11', endDate: '2027-05-21' })
    expect(yearNotCovered(context([session(), spring], { gradingPeriods: periods }))).toEqual([])
    expect(yearNotCovered(context([session()]))).toEqual([])
  })
})
