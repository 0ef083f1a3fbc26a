import { z } from 'zod'
import { readJson, request } from '../../lib/api-client.ts'
import { readNextPageToken, toSearch } from '../../lib/edfi/paging.ts'
import { pickSearch, SESSION_FILTER_NAMES, type ChangeVersionWindow, type SessionFilters } from '../sessions/api/session-params.ts'

// One cursor page for an export, through the network door (bearer, retries of reads, abort,
// Use-Snapshot). Unlike listSessionsPage it keeps the bodies exactly as the API sent them: the
// JSON Lines file promises "Ed-Fi bodies as returned", and a schema parse would drop members it
// does not know (_ext) and reorder the rest. The CSV format parses them itself.

export interface ExportSource {
  filters: SessionFilters
  changeWindow?: ChangeVersionWindow
  /** Sends Use-Snapshot: true. */
  snapshot: boolean
}

const bodies = z.array(z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'a JSON object'))

export interface ExportPage {
  items: Record<string, unknown>[]
  /** undefined when this page ended the walk. */
  nextToken: string | undefined
}

export async function readExportPage(source: ExportSource, pageToken: string, pageSize: number, signal?: AbortSignal): Promise<ExportPage> {
  const search = toSearch({
    ...pickSearch(source.filters, SESSION_FILTER_NAMES),
    ...pickSearch(source.changeWindow ?? {}, ['minChangeVersion', 'maxChangeVersion'] as const),
    pageToken,
    pageSize,
  })
  const res = await request(`ed-fi/sessions?${search}`, { signal, snapshot: source.snapshot })
  const items = await readJson(res, bodies)
  // The ODS sends a token after every non-empty page; a short page already shows the partition is
  // exhausted, which saves the empty request that would confirm it.
  return { items, nextToken: items.length < pageSize ? undefined : readNextPageToken(res) }
}
