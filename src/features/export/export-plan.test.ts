import { describe, expect, it } from 'vitest'
import { planExport } from './export-plan.ts'

describe('planExport', () => {
  it('uses one partition per 500 rows, at most 8, always at least 1', () => {
    expect(planExport(0).partitions).toBe(1)
    expect(planExport(1).partitions).toBe(1)
    expect(planExport(500).partitions).toBe(1)
    expect(planExport(501).partitions).toBe(2)
    expect(planExport(3_700).partitions).toBe(8)
    expect(planExport(1_000_000).partitions).toBe(8)
  })

  it('reads in pages of 500, the ODS limit', () => {
    expect(planExport(10_000).pageSize).toBe(500)
  })

  it('asks for small partitions only when K partitions of the ODS minimum (2,500 rows) would not fit', () => {
    expect(planExport(300).allowSmallPartitions).toBe(false) // one partition: nothing to split
    expect(planExport(1_200).allowSmallPartitions).toBe(true) // 3 partitions of 400
    expect(planExport(19_999).allowSmallPartitions).toBe(true)
    expect(planExport(20_000).allowSmallPartitions).toBe(false) // 8 x 2,500
  })

  it('honours a smaller page size and partition cap', () => {
    expect(planExport(100, { pageSize: 10, maxPartitions: 4 })).toEqual({ expectedRows: 100, partitions: 4, pageSize: 10, allowSmallPartitions: true })
  })
})
