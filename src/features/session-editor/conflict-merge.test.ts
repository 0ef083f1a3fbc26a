import { describe, expect, it } from 'vitest'
import { conflictRows, defaultChoices, mergeChoices } from './conflict-merge.ts'
import { fallSessionForm } from '../../testing/session-test-support.tsx'

const original = fallSessionForm({
  gradingPeriods: [{ gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks', gradingPeriodName: 'P1' }],
})

describe('a 412 conflict, field by field', () => {
  const mine = { ...original, totalInstructionalDays: '82', endDate: '2026-12-19' }
  const theirs = { ...original, totalInstructionalDays: '79', beginDate: '2026-08-21', gradingPeriods: [] }
  const rows = conflictRows(original, mine, theirs)
  const row = (field: string) => rows.find((r) => r.field === field)!

  it('marks who changed what and where mine and theirs differ', () => {
    expect(row('totalInstructionalDays')).toMatchObject({
      original: '80',
      mine: '82',
      theirs: '79',
      changedByMe: true,
      changedByThem: true,
      differs: true,
    })
    expect(row('endDate')).toMatchObject({ changedByMe: true, changedByThem: false, differs: true })
    expect(row('beginDate')).toMatchObject({ changedByMe: false, changedByThem: true, differs: true })
    expect(row('gradingPeriods')).toMatchObject({ changedByMe: false, changedByThem: true, differs: true })
    expect(row('sessionName')).toMatchObject({ changedByMe: false, changedByThem: false, differs: false })
  })

  it('proposes theirs where only they changed a field, mine where I did', () => {
    expect(defaultChoices(rows)).toEqual({ totalInstructionalDays: 'mine', endDate: 'mine', beginDate: 'theirs', gradingPeriods: 'theirs' })
  })

  it('merges the chosen side of each field, keeping their other changes', () => {
    const merged = mergeChoices(mine, theirs, {
      totalInstructionalDays: 'theirs',
      endDate: 'mine',
      beginDate: 'theirs',
      gradingPeriods: 'mine',
    })
    expect(merged).toEqual({ ...original, totalInstructionalDays: '79', endDate: '2026-12-19', beginDate: '2026-08-21' })
  })

  it('"keep mine" for every field is exactly what I typed; "theirs" for every field is the server record', () => {
    const all = (side: 'mine' | 'theirs') => Object.fromEntries(rows.map((r) => [r.field, side]))
    expect(mergeChoices(mine, theirs, all('mine'))).toEqual(mine)
    expect(mergeChoices(mine, theirs, all('theirs'))).toEqual(theirs)
  })
})
