// Ed-Fi ETags: the ETag header is quoted (`"5250549072223211944"`), the body's `_etag` is not.
// We keep the bare value everywhere in the app and quote only when a header needs it.

/** The bare value of an entity tag: quotes and a weak `W/` prefix removed. */
export function unquoteEtag(etag: string): string {
  return etag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1')
}

/** The value as an HTTP entity tag (`"…"`); an already quoted (or weak) tag is kept as it is. */
export function quoteEtag(etag: string): string {
  const trimmed = etag.trim()
  return /^(W\/)?".*"$/.test(trimmed) ? trimmed : `"${trimmed}"`
}

/** The ETag header, unquoted; undefined when absent (the ODS sends it on GET by id, POST and PUT). */
export function readEtag(res: Response): string | undefined {
  const raw = res.headers.get('ETag')
  if (raw === null || raw.trim() === '') return undefined
  return unquoteEtag(raw)
}
