import type { BucketCounts } from './volume-scan.ts'

// Change versions are an order, not a clock. Where sessions were written in a bucket, their write
// times place it in time; these words say when ("today", "this week", "Nov 28").

const DAY = 24 * 3600 * 1000
const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })
const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long' })

function startOfDay(time: number): number {
  const d = new Date(time)
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime()
}

export function dayWords(iso: string, now: number = Date.now()): string {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return iso
  const days = Math.round((startOfDay(now) - startOfDay(time)) / DAY)
  if (days === 0) return 'today'
  if (days === 1) return 'yesterday'
  if (days > 1 && days < 7) return weekday.format(time)
  return shortDate.format(time)
}

export function bucketWhen(bucket: Pick<BucketCounts, 'from' | 'to'>, now?: number): string | undefined {
  if (!bucket.from || !bucket.to) return undefined
  const from = dayWords(bucket.from, now)
  const to = dayWords(bucket.to, now)
  return from === to ? from : `${from} – ${to}`
}

export function windowWhen(buckets: readonly BucketCounts[] | undefined, now?: number): string | undefined {
  const dated = (buckets ?? []).filter((b) => b.from && b.to)
  const first = dated[0]
  const last = dated.at(-1)
  if (!first || !last) return undefined
  return bucketWhen({ from: first.from, to: last.to }, now)
}
