import { describe, expect, it } from 'vitest'
import { formatTimeLeft, progressFigures } from './export-progress-math.ts'

describe('progressFigures', () => {
  it('measures the rate from rows written since the start and projects the time left', () => {
    const figures = progressFigures({ rowsDone: 1_000, expected: 3_000, rowsAtStart: 0, startedAt: 0, now: 2_000 })
    expect(figures).toEqual({ rate: 500, secondsLeft: 4, percent: 33 })
  })

  it('after a resume, counts only the rows of the resumed run', () => {
    expect(progressFigures({ rowsDone: 1_500, expected: 2_000, rowsAtStart: 1_000, startedAt: 10_000, now: 11_000 }).rate).toBe(500)
  })

  it('knows no rate before anything arrived and never passes 100 %', () => {
    expect(progressFigures({ rowsDone: 0, expected: 10, rowsAtStart: 0, startedAt: 0, now: 5_000 }).rate).toBeUndefined()
    expect(progressFigures({ rowsDone: 12, expected: 10, rowsAtStart: 0, startedAt: 0, now: 1_000 }).percent).toBe(100)
    expect(progressFigures({ rowsDone: 0, expected: 0, rowsAtStart: 0, startedAt: 0, now: 1_000 }).percent).toBe(0)
  })
})

describe('formatTimeLeft', () => {
  it('speaks in seconds, then minutes', () => {
    expect(formatTimeLeft(undefined)).toBeUndefined()
    expect(formatTimeLeft(0.3)).toBe('less than a second left')
    expect(formatTimeLeft(12.4)).toBe('about 12 s left')
    expect(formatTimeLeft(600)).toBe('about 10 min left')
  })
})
