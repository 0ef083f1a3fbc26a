// Ed-Fi logs every request under the `correlation-id` request header and echoes it as the
// problem details' correlationId, so a steward can hand one id to the API's administrator.

export const CORRELATION_ID_HEADER = 'correlation-id'

export interface RandomSource {
  getRandomValues(bytes: Uint8Array<ArrayBuffer>): unknown
  randomUUID?: () => string
}

/** A random (v4) UUID. randomUUID exists only in secure contexts; a LAN http address has getRandomValues only. */
export function newCorrelationId(source: RandomSource = crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID()
  const bytes = new Uint8Array(16)
  source.getRandomValues(bytes)
  bytes[6] = (bytes[6] & 0x0f) | 0x40
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
