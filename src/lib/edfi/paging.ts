// Ed-Fi paging headers. Total-Count is only sent when the request asked for totalCount=true, which
// the ODS refuses together with cursor paging; Next-Page-Token comes with cursor (pageToken/pageSize)
// pages and is absent on the last one.

export function readTotalCount(res: Response): number | undefined {
  const raw = res.headers.get('Total-Count')
  if (raw === null || raw.trim() === '') return undefined
  const value = Number(raw)
  return Number.isInteger(value) && value >= 0 ? value : undefined
}

export function readNextPageToken(res: Response): string | undefined {
  const raw = res.headers.get('Next-Page-Token')?.trim()
  return raw ? raw : undefined
}

export function toSearch(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value))
  return search.toString()
}
