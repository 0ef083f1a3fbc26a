// Cursor paging (v7.3 keyset paging): a page token names a range of aggregate ids (the integer
// surrogate key). A token from /partitions covers one partition [first, last]; Next-Page-Token
// continues after the last item returned, within the same partition. Filters are not in the
// token: clients send the same filters with every page, as with the ODS.

export interface PageToken {
  /** First aggregate id of the page (inclusive). */
  from: number
  /** Last aggregate id of the partition (inclusive); undefined = to the end. */
  to?: number
}

export function encodePageToken(token: PageToken): string {
  const json = JSON.stringify(token.to === undefined ? { from: token.from } : { from: token.from, to: token.to })
  return Buffer.from(json, 'utf8').toString('base64url')
}

/** undefined when the text is not a token this server issued ("The page token provided was invalid."). */
export function decodePageToken(text: string): PageToken | undefined {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(text)) return undefined
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown
    if (typeof value !== 'object' || value === null) return undefined
    const { from, to } = value as Record<string, unknown>
    if (!Number.isSafeInteger(from) || (from as number) < 0) return undefined
    if (to !== undefined && (!Number.isSafeInteger(to) || (to as number) < (from as number))) return undefined
    return to === undefined ? { from: from as number } : { from: from as number, to: to as number }
  } catch {
    return undefined
  }
}
