import type { Session } from '../../entities/sessions/session-schema.ts'
import type { ChangeKind, VersionSpan } from './feed-entry.ts'

// Change volume per bucket from a few list reads instead of three counts per bucket. Deletes and
// key changes carry their change version, so one read of the window buckets them here. Sessions
// do not: the window's sessions are split between buckets by asking which of them changed in a
// range of buckets, halving the range each time (ranges without sessions are not asked about).
// Each bucket also gets the dates its sessions were written, so the chart can speak in dates.

export interface BucketCounts extends VersionSpan {
  upsert: number
  delete: number
  keyChange: number
  sessionIds: string[]
  from?: string
  to?: string
}

export type RangeProbe = (lo: number, hi: number) => Promise<readonly string[] | undefined>

export interface WindowScan {
  sessions: readonly Session[]
  deletes: readonly { changeVersion?: number }[]
  keyChanges: readonly { changeVersion?: number }[]
}

export async function scanVolume(
  buckets: readonly VersionSpan[],
  kinds: readonly ChangeKind[],
  scan: WindowScan,
  probe: RangeProbe,
): Promise<BucketCounts[] | undefined> {
  const counts: BucketCounts[] = buckets.map((b) => ({ ...b, upsert: 0, delete: 0, keyChange: 0, sessionIds: [] }))
  const bucketOf = (version: number | undefined) =>
    version === undefined ? -1 : buckets.findIndex((b) => version >= b.lo && version <= b.hi)
  if (kinds.includes('delete'))
    for (const d of scan.deletes) if (bucketOf(d.changeVersion) >= 0) counts[bucketOf(d.changeVersion)]!.delete += 1
  if (kinds.includes('keyChange'))
    for (const k of scan.keyChanges) if (bucketOf(k.changeVersion) >= 0) counts[bucketOf(k.changeVersion)]!.keyChange += 1

  let cutOff = false
  async function split(ids: readonly string[], first: number, last: number): Promise<void> {
    if (ids.length === 0 || cutOff) return
    if (first === last) return void counts[first]!.sessionIds.push(...ids)
    const middle = Math.floor((first + last) / 2)
    const lower = await probe(buckets[first]!.lo, buckets[middle]!.hi)
    if (!lower) return void (cutOff = true)
    const inLower = new Set(lower)
    await Promise.all([
      split(
        ids.filter((id) => inLower.has(id)),
        first,
        middle,
      ),
      split(
        ids.filter((id) => !inLower.has(id)),
        middle + 1,
        last,
      ),
    ])
  }
  if (kinds.includes('upsert') && buckets.length > 0)
    await split(
      scan.sessions.map((s) => s.id),
      0,
      buckets.length - 1,
    )
  if (cutOff) return undefined

  const written = new Map(scan.sessions.map((s) => [s.id, s._lastModifiedDate]))
  for (const bucket of counts) {
    bucket.upsert = bucket.sessionIds.length
    const times = bucket.sessionIds.flatMap((id) => written.get(id) ?? []).sort()
    bucket.from = times[0]
    bucket.to = times.at(-1)
  }
  return counts
}

export function bucketPlacement(buckets: readonly BucketCounts[] | undefined): Map<string, VersionSpan> {
  const placed = new Map<string, VersionSpan>()
  for (const bucket of buckets ?? []) for (const id of bucket.sessionIds) placed.set(id, { lo: bucket.lo, hi: bucket.hi })
  return placed
}
