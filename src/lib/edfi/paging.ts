// Ed-Fi paging headers. Total-Count is only sent when the request asked for totalCount=true.

/** The Total-Count header as a number, or undefined when the server did not send it. */
export function readTotalCount(res: Response): number | undefined {
  const raw = res.headers.get('Total-Count')
  if (raw === null || raw.trim() === '') return undefined
  const value = Number(raw)
  return Number.isInteger(value) && value >= 0 ? value : undefined
}

/** Query string for a list request; undefined values are left out so server defaults apply. */
export function toSearch(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) if (value !== undefined) search.set(key, String(value))
  return search.toString()
}
