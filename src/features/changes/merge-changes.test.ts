import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Session } from '../../entities/sessions/session-schema.ts'
import type { FeedEntry, VersionSpan } from './feed-entry.ts'
import { filterChanges, mergeChanges } from './merge-changes.ts'
import { GRAND_BEND_HIGH, sessionRecord, TERM } from '../../../test-support/builders.ts'

function session(id: string, name: string, schoolId = GRAND_BEND_HIGH, lastModified = '2026-01-01T00:00:00Z'): Session {
  return sessionRecord(id, name, {
    schoolId,
    schoolYear: 2026,
    term: TERM.fallSemester,
    beginDate: '2025-08-20',
    endDate: '2025-12-20',
    days: 80,
    lastModified,
  })
}

const window = { min: 100, max: 120 }
const describeEntry = (e: FeedEntry) => `${e.kind}:${e.id}@${e.version.lo}-${e.version.hi}`

describe('mergeChanges', () => {
  it('orders the three sources newest first by change version', () => {
    const located = new Map<string, VersionSpan>([
      ['a', { lo: 101, hi: 101 }],
      ['b', { lo: 110, hi: 110 }],
    ])
    const merged = mergeChanges(
      {
        upserts: [session('a', 'A'), session('b', 'B')],
        deletes: [{ id: 'd', changeVersion: 105, keyValues: { sessionName: 'Gone', schoolId: 255901001, schoolYear: 2026 } }],
        keyChanges: [{ id: 'b', changeVersion: 111, oldKeyValues: { sessionName: 'B0' }, newKeyValues: { sessionName: 'B' } }],
      },
      located,
      window,
    )
    expect(merged.map(describeEntry)).toEqual(['keyChange:b@111-111', 'upsert:b@110-110', 'delete:d@105-105', 'upsert:a@101-101'])
  })

  it('places a session not pinned to one version by the top of its range, after exact entries ending there', () => {
    const merged = mergeChanges(
      {
        upserts: [session('r', 'Ranged')],
        deletes: [{ id: 'd', changeVersion: 108, keyValues: {} }],
        keyChanges: [],
      },
      new Map([['r', { lo: 104, hi: 108 }]]),
      window,
    )
    expect(merged.map(describeEntry)).toEqual(['delete:d@108-108', 'upsert:r@104-108'])
  })

  it('gives an unlocated session, or a tracked row without a version, the whole window', () => {
    const merged = mergeChanges({ upserts: [session('u', 'U')], deletes: [{ id: 'd', keyValues: {} }], keyChanges: [] }, new Map(), window)
    expect(merged.map((e) => e.version)).toEqual([
      { lo: 100, hi: 120 },
      { lo: 100, hi: 120 },
    ])
  })

  it('breaks a tie within one range by the later write time', () => {
    const span = { lo: 100, hi: 120 }
    const merged = mergeChanges(
      {
        upserts: [session('old', 'Old', 255901001, '2026-01-01T10:00:00Z'), session('new', 'New', 255901001, '2026-01-02T10:00:00Z')],
        deletes: [],
        keyChanges: [],
      },
      new Map([
        ['old', span],
        ['new', span],
      ]),
      window,
    )
    expect(merged.map((e) => e.id)).toEqual(['new', 'old'])
  })

  it('keeps every entry and gives the same order whatever order the sources came in', () => {
    const version = fc.integer({ min: 100, max: 120 })
    const deletes = fc.array(fc.record({ id: fc.uuid(), changeVersion: version }), { maxLength: 8 })
    const keyChanges = fc.array(fc.record({ id: fc.uuid(), changeVersion: version }), { maxLength: 8 })
    const upserts = fc.uniqueArray(fc.record({ id: fc.uuid(), lo: version, width: fc.integer({ min: 0, max: 5 }) }), {
      selector: (u) => u.id,
      maxLength: 8,
    })
    fc.assert(
      fc.property(deletes, keyChanges, upserts, (ds, ks, us) => {
        const located = new Map(us.map((u) => [u.id, { lo: u.lo, hi: Math.min(120, u.lo + u.width) }]))
        const sources = {
          upserts: us.map((u) => session(u.id, u.id)),
          deletes: ds.map((d) => ({ ...d, keyValues: {} })),
          keyChanges: ks.map((k) => ({ ...k, oldKeyValues: {}, newKeyValues: {} })),
        }
        const merged = mergeChanges(sources, located, window)
        expect(merged).toHaveLength(ds.length + ks.length + us.length)
        for (let i = 1; i < merged.length; i++) expect(merged[i - 1]!.version.hi).toBeGreaterThanOrEqual(merged[i]!.version.hi)
        const reversed = mergeChanges(
          {
            upserts: [...sources.upserts].reverse(),
            deletes: [...sources.deletes].reverse(),
            keyChanges: [...sources.keyChanges].reverse(),
          },
          located,
          window,
        )
        expect(reversed.map(describeEntry)).toEqual(merged.map(describeEntry))
      }),
    )
  })
})

describe('filterChanges', () => {
  const entries = mergeChanges(
    {
      upserts: [session('hs', 'HS', 255901001), session('ms', 'MS', 255901044)],
      deletes: [{ id: 'd', changeVersion: 103, keyValues: { schoolId: 255901107 } }],
      keyChanges: [{ id: 'k', changeVersion: 104, oldKeyValues: { schoolId: 255901044 }, newKeyValues: { schoolId: 255901001 } }],
    },
    new Map(),
    window,
  )

  it('keeps only the kinds asked for', () => {
    expect(filterChanges(entries, { kinds: ['delete', 'keyChange'] }).map((e) => e.id)).toEqual(['k', 'd'])
  })

  it('matches a school by the session, the deleted key, or either key of a key change', () => {
    const all = ['upsert', 'delete', 'keyChange'] as const
    expect(
      filterChanges(entries, { kinds: all, schoolId: 255901044 })
        .map((e) => e.id)
        .sort(),
    ).toEqual(['k', 'ms'])
    expect(filterChanges(entries, { kinds: all, schoolId: 255901107 }).map((e) => e.id)).toEqual(['d'])
  })
})
