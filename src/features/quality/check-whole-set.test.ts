// The checks end to end against the REAL embedded Ed-Fi API with the demo data: the current year's
// planted mistakes are found and explained, the years before are clean (in place of the worker:
// jsdom has none, and the same rules run).
import { describe, expect, it } from 'vitest'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import { checkWholeSet } from './check-whole-set.ts'

setUpEmbeddedApi()

describe('checkWholeSet on the demo data', () => {
  it('finds the three planted mistakes of 2026-2027 and nothing else that is wrong', async () => {
    const set = await checkWholeSet({ filters: { schoolYear: 2027 }, snapshot: false })
    expect(set.sessions.length).toBeGreaterThanOrEqual(11)
    const about = (name: string, schoolId: number) =>
      set.findings.filter((f) => f.schoolId === schoolId && f.sessions.some((s) => s.name === name)).map((f) => f.rule)
    expect(about('2026-2027 Spring Semester', 255901001)).toEqual(
      expect.arrayContaining(['days-over-weekdays', 'grading-period-outside', 'days-differ-from-weeks', 'year-not-covered']),
    )
    expect(about('2026-2027 Summer Semester', 255901044)).toContain('overlapping-terms')
    expect(about('2026-2027 Third Trimester', 255901107)).toEqual(['grading-period-outside'])
    expect(set.findings.find((f) => f.rule === 'days-over-weekdays')).toMatchObject({ prefill: { values: { totalInstructionalDays: 80 } } })
    expect(set.schoolNames[255901001]).toBe('Grand Bend High School')
  })

  it('finds no errors or warnings in a year without planted mistakes', async () => {
    const set = await checkWholeSet({ filters: { schoolYear: 2026 }, snapshot: false })
    expect(set.findings.filter((f) => f.severity !== 'note')).toEqual([])
  })

  it('reports progress from none read to every row, as the rows arrive', async () => {
    const progress: { rowsRead: number; expectedRows: number }[] = []
    const set = await checkWholeSet({ filters: {}, snapshot: false, onProgress: (p) => progress.push(p) })
    const total = set.sessions.length
    expect(total).toBeGreaterThan(11)
    expect(progress[0]).toEqual({ rowsRead: 0, expectedRows: total })
    expect(progress.at(-1)).toEqual({ rowsRead: total, expectedRows: total })
    expect(progress.map((p) => p.rowsRead)).toEqual([...progress.map((p) => p.rowsRead)].sort((a, b) => a - b))
  })

  it('stops when asked', async () => {
    const controller = new AbortController()
    const run = checkWholeSet({ filters: {}, snapshot: false, signal: controller.signal })
    controller.abort()
    await expect(run).rejects.toThrow()
  })
})
