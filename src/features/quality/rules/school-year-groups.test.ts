import { describe, expect, it } from 'vitest'
import { createSchoolYearGroups } from './school-year-groups.ts'
import { session } from './test-support.ts'

describe('school-and-year groups built as pages arrive', () => {
  const high2027 = session({ id: 'a', schoolId: 255901001, schoolYear: 2027 })
  const middle2027 = session({ id: 'b', schoolId: 255901044, schoolYear: 2027 })
  const high2026 = session({ id: 'c', schoolId: 255901001, schoolYear: 2026 })
  const high2027Later = session({ id: 'd', schoolId: 255901001, schoolYear: 2027 })

  it('holds the same groups whether the rows come in one page or several', () => {
    const paged = createSchoolYearGroups()
    paged.add([high2027, middle2027])
    paged.add([high2026])
    paged.add([high2027Later])
    const whole = createSchoolYearGroups([high2027, middle2027, high2026, high2027Later])
    expect([...paged.bySchoolYear]).toEqual([...whole.bySchoolYear])
    expect(paged.bySchoolYear.get('255901001|2027')!.map((s) => s.id)).toEqual(['a', 'd'])
    expect(paged.size).toBe(4)
  })

  it('lists each year its schools, in the order they first appear', () => {
    const groups = createSchoolYearGroups([high2027, high2026, middle2027, high2027Later])
    expect([...groups.byYear.keys()]).toEqual([2027, 2026])
    expect(groups.byYear.get(2027)!.map((group) => group.map((s) => s.id))).toEqual([['a', 'd'], ['b']])
  })

  it("takes each row's days, term and name pattern as it arrives, the same in pages as at once", () => {
    const fall = session({ id: 'f', beginDate: '2026-08-24', endDate: '2026-12-18' })
    const spring = session({ id: 's', label: 'Spring Semester', name: 'Spring', beginDate: '2027-01-11', endDate: '2027-05-28' })
    const fallCopy = session({ id: 'c', name: 'Fall (copy)' })
    const paged = createSchoolYearGroups()
    paged.add([fall])
    paged.add([spring, fallCopy])
    const group = paged.bySchoolYear.get('255901001|2027')!
    const facts = paged.factsOf(group)
    const day = (iso: string) => Date.parse(iso) / 86_400_000
    expect(facts.begins).toEqual([day('2026-08-24'), day('2027-01-11'), day('2026-08-24')])
    expect(facts.ends).toEqual([day('2026-12-18'), day('2027-05-28'), day('2026-12-18')])
    expect(facts.terms.map((place) => paged.terms[place])).toEqual([fall.term, spring.term, fall.term])
    expect(paged.terms).toHaveLength(2)
    // Only "2026-2027 Fall Semester" is named as the pattern names it.
    expect(facts.namedByPattern).toBe(1)
    const whole = createSchoolYearGroups([fall, spring, fallCopy])
    expect(whole.factsOf(whole.bySchoolYear.get('255901001|2027')!)).toEqual(facts)
  })

  it('starts empty', () => {
    const groups = createSchoolYearGroups()
    expect(groups.size).toBe(0)
    expect(groups.byYear.size).toBe(0)
  })
})
