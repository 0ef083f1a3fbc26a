// Ed-Fi ETags: the ETag header is quoted (`"5250549072223211944"`), the body's `_etag` is not.
// We keep the bare value everywhere in the app and quote only when a header needs it.

export function unquoteEtag(etag: string): string {
  return etag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1')
}

export function quoteEtag(etag: string): string {
  const trimmed = etag.trim()
  return /^(W\/)?".*"$/.test(trimmed) ? trimmed : `"${trimmed}"`
}

export function readEtag(res: Response): string | undefined {
  const raw = res.headers.get('ETag')
  if (raw === null || raw.trim() === '') return undefined
  return unquoteEtag(raw)
}
