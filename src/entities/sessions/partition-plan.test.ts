import { describe, expect, it } from 'vitest'
import { planPartitions } from './partition-plan.ts'

describe('planPartitions', () => {
  it('uses one partition per 500 rows, at most 8, always at least 1', () => {
    expect(planPartitions(0).partitions).toBe(1)
    expect(planPartitions(1).partitions).toBe(1)
    expect(planPartitions(500).partitions).toBe(1)
    expect(planPartitions(501).partitions).toBe(2)
    expect(planPartitions(3_700).partitions).toBe(8)
    expect(planPartitions(1_000_000).partitions).toBe(8)
  })

  it('reads in pages of 500, the ODS limit', () => {
    expect(planPartitions(10_000).pageSize).toBe(500)
  })

  it('asks for small partitions only when K partitions of the ODS minimum (2,500 rows) would not fit', () => {
    expect(planPartitions(300).allowSmallPartitions).toBe(false) // one partition: nothing to split
    expect(planPartitions(1_200).allowSmallPartitions).toBe(true) // 3 partitions of 400
    expect(planPartitions(19_999).allowSmallPartitions).toBe(true)
    expect(planPartitions(20_000).allowSmallPartitions).toBe(false) // 8 x 2,500
  })

  it('honours a smaller page size and partition cap', () => {
    expect(planPartitions(100, { pageSize: 10, maxPartitions: 4 })).toEqual({
      expectedRows: 100,
      partitions: 4,
      pageSize: 10,
      allowSmallPartitions: true,
    })
  })
})
