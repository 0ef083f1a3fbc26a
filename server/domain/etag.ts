// v7.3 ETags are DateTime.ToBinary() of the UTC _lastModifiedDate (.NET ticks with the UTC-kind
// bit 2^62), in decimal; the date keeps 7 fractional digits so the etag can be recomputed exactly.

const TICKS_AT_UNIX_EPOCH = 621355968000000000n
const UTC_KIND_FLAG = 1n << 62n
const MAX_TICKS = 3155378975999999999n // DateTime.MaxValue.Ticks

let lastTicks = 0n

export function nowTicks(): bigint {
  const ms = BigInt(Date.now())
  const subMs = process.hrtime.bigint() % 10000n
  let ticks = TICKS_AT_UNIX_EPOCH + ms * 10000n + subMs
  if (ticks <= lastTicks) ticks = lastTicks + 1n
  lastTicks = ticks
  return ticks
}

export function ticksToIso(ticks: bigint): string {
  const sinceEpoch = ticks - TICKS_AT_UNIX_EPOCH
  const ms = sinceEpoch / 10000n
  const fraction = (sinceEpoch % 10000000n).toString().padStart(7, '0')
  const iso = new Date(Number(ms)).toISOString() // 2021-09-13T17:24:59.680Z
  return `${iso.slice(0, 19)}.${fraction}Z`
}

export function isoToTicks(iso: string): bigint {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,7}))?Z$/.exec(iso)
  if (!match) throw new Error(`Not a UTC timestamp: ${iso}`)
  const seconds = BigInt(Date.parse(`${match[1]}Z`)) / 1000n
  const fraction = BigInt((match[2] ?? '').padEnd(7, '0'))
  return TICKS_AT_UNIX_EPOCH + seconds * 10000000n + fraction
}

export function etagFromLastModified(lastModifiedIso: string): string {
  return (isoToTicks(lastModifiedIso) | UTC_KIND_FLAG).toString()
}

export function newLastModified(): string {
  return ticksToIso(nowTicks())
}

export type ParsedEtag = { kind: 'valid'; lastModified: string } | { kind: 'not-a-number' } | { kind: 'invalid-date' }

/** As the ODS reads If-Match: a number that is no DateTime binary is a 400; a non-number never matches. */
export function parseEtag(header: string): ParsedEtag {
  const raw = header
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1')
    .trim()
  if (!/^-?\d+$/.test(raw)) return { kind: 'not-a-number' }
  let value: bigint
  try {
    value = BigInt(raw)
  } catch {
    return { kind: 'not-a-number' }
  }
  if (value < -(1n << 63n) || value >= 1n << 63n) return { kind: 'not-a-number' }
  const ticks = value & ~(3n << 62n)
  const kindBits = (value >> 62n) & 3n
  if (value < 0n || ticks > MAX_TICKS || kindBits === 3n) return { kind: 'invalid-date' }
  return { kind: 'valid', lastModified: ticksToIso(ticks) }
}
