// A v7.3 page token: unpadded base64url of "{minAggregateId},{maxAggregateId}". Filters are not in
// it: clients send the same filters with every page, as with the ODS.

export const MAX_AGGREGATE_ID = 2147483647

export interface PageToken {
  from: number
  to: number
}

export function encodePageToken(token: { from: number; to?: number }): string {
  return Buffer.from(`${token.from},${token.to ?? MAX_AGGREGATE_ID}`, 'utf8').toString('base64url')
}

export function decodePageToken(text: string): PageToken | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined
  const match = /^(-?\d{1,10}),(-?\d{1,10})$/.exec(Buffer.from(text, 'base64url').toString('utf8'))
  if (!match) return undefined
  const from = Number(match[1])
  const to = Number(match[2])
  const inInt32 = (n: number) => n >= -2147483648 && n <= MAX_AGGREGATE_ID
  // No order check, as in PagingHelpers: the token after a partition's last item is (max + 1, max),
  // and the ODS answers it with an empty page (Postman "Partition 1, Page 3").
  if (!inInt32(from) || !inInt32(to)) return undefined
  return { from, to }
}
