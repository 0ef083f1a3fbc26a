import { describe, expect, it } from 'vitest'
import { matchNames } from './match-names.ts'

const items = ['2026-2027 Fall Semester', '2026-2027 Spring Semester', 'Été 2027 (summer)', 'SPRING break camp'].map((sessionName) => ({
  sessionName,
}))

describe('matchNames', () => {
  it('finds names containing the text, whatever the case or accents', () => {
    expect(matchNames(items, 'spring').map((i) => i.sessionName)).toEqual(['2026-2027 Spring Semester', 'SPRING break camp'])
    expect(matchNames(items, 'ete').map((i) => i.sessionName)).toEqual(['Été 2027 (summer)'])
  })

  it('finds nothing for blank text', () => {
    expect(matchNames(items, '   ')).toEqual([])
  })
})
