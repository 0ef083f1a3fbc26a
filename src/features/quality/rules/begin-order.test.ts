import { describe, expect, it } from 'vitest'
import { inBeginOrder } from './begin-order.ts'
import { createSchoolYearGroups } from './school-year-groups.ts'
import { session } from './test-support.ts'
import type { CheckedSession } from './types.ts'

const ordered = (rows: CheckedSession[]) => {
  const groups = createSchoolYearGroups(rows)
  const group = groups.bySchoolYear.get('255901001|2027')!
  return inBeginOrder(group, groups.factsOf(group))
}

describe('a school year in date order', () => {
  it('sorts by begin date, keeps equal days in arrival order and carries days and terms along', () => {
    const spring = session({ id: 'spring', label: 'Spring Semester', beginDate: '2027-01-11', endDate: '2027-05-28' })
    const fall = session({ id: 'fall', beginDate: '2026-08-24', endDate: '2026-12-18' })
    const copy = session({ id: 'copy', beginDate: '2026-08-24', endDate: '2026-12-11' })
    const summer = session({ id: 'summer', label: 'Summer Semester', beginDate: '2026-06-01', endDate: '2026-07-31' })
    const order = ordered([spring, fall, copy, summer])
    expect(order.sessions.map((s) => s.id)).toEqual(['summer', 'fall', 'copy', 'spring'])
    expect([...order.ends]).toEqual(['2026-07-31', '2026-12-18', '2026-12-11', '2027-05-28'].map((d) => Date.parse(d) / 86_400_000))
    expect([...order.begins]).toEqual(['2026-06-01', '2026-08-24', '2026-08-24', '2027-01-11'].map((d) => Date.parse(d) / 86_400_000))
    const terms = createSchoolYearGroups([spring, fall, copy, summer]).terms
    expect([...order.terms].map((place) => terms[place])).toEqual([summer.term, fall.term, fall.term, spring.term])
  })

  it('leaves out sessions that end before they begin, and orders days before 1970 and centuries apart', () => {
    const reversed = session({ id: 'reversed', beginDate: '2026-12-18', endDate: '2026-08-24' })
    const old = session({ id: 'old', beginDate: '1969-12-31', endDate: '1970-01-02' })
    const far = session({ id: 'far', beginDate: '2999-01-01', endDate: '2999-01-01' })
    const oldest = session({ id: 'oldest', beginDate: '1066-10-14', endDate: '1066-10-14' })
    expect(ordered([far, reversed, old, oldest]).sessions.map((s) => s.id)).toEqual(['oldest', 'old', 'far'])
  })

  it('is empty for a group whose every session is reversed', () => {
    const order = ordered([session({ beginDate: '2026-12-18', endDate: '2026-08-24' })])
    expect(order.sessions).toEqual([])
    expect(order.begins).toHaveLength(0)
  })
})
