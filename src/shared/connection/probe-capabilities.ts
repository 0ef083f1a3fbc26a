import { capabilitiesFrom, hasUseSnapshot, type ServerCapabilities } from '../../lib/edfi/capabilities.ts'
import type { Discovery } from './discovery.ts'

// The cheap one-time probes behind the capabilities discovery cannot tell: each is one small GET
// (limit=0 or 1, number=1), made once per connection. A probe that fails for any reason counts as "not
// there": the app then takes the path that works everywhere. Cursor paging is read from the
// partitions answer: its page tokens are what pageToken takes, and the two arrived together (ODS/API
// 7.3, and together on the Ed-Fi API's main line), so no extra page request is made.

export interface ProbeTarget {
  discovery: Discovery
  sessionsUrl: string
  changeQueriesBase: string
  accessToken: string
  signal?: AbortSignal
}

export async function probeCapabilities(target: ProbeTarget): Promise<ServerCapabilities> {
  const { sessionsUrl, accessToken, signal } = target
  const get = (url: string, headers: Record<string, string> = {}) =>
    globalThis
      .fetch(url, { headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json', ...headers }, signal })
      .catch(() => undefined)

  const [partitionsRes, changeVersionsRes, snapshotRes] = await Promise.all([
    get(`${sessionsUrl}/partitions?number=1`),
    get(`${target.changeQueriesBase.replace(/\/+$/, '')}/availableChangeVersions`),
    hasUseSnapshot(target.discovery) ? get(`${sessionsUrl}?limit=0`, { 'Use-Snapshot': 'true' }) : undefined,
  ])
  const partitions = partitionsRes?.ok === true && (await readPageTokens(partitionsRes)) !== undefined
  const cursorPaging = partitions
  const changeQueries = changeVersionsRes?.ok === true
  const keyChangesRes = changeQueries ? await get(`${sessionsUrl}/keyChanges?limit=1`) : undefined
  const keyChanges = keyChangesRes?.ok === true
  // Bodies nobody reads are drained, so no answer stays open (the page's network goes idle).
  await Promise.all([partitionsRes, changeVersionsRes, snapshotRes, keyChangesRes].map((res) => drain(res)))
  return capabilitiesFrom(target.discovery, {
    partitions,
    cursorPaging,
    changeQueries,
    keyChanges,
    snapshot: snapshotRes === undefined ? undefined : snapshotRes.ok,
  })
}

async function drain(res: Response | undefined): Promise<void> {
  if (!res || res.bodyUsed) return
  try {
    await res.body?.cancel()
  } catch {
    // Already read or closed.
  }
}

async function readPageTokens(res: Response): Promise<string[] | undefined> {
  try {
    const body = (await res.json()) as { pageTokens?: unknown }
    return Array.isArray(body.pageTokens) ? body.pageTokens.filter((t): t is string => typeof t === 'string') : undefined
  } catch {
    return undefined
  }
}
