import { z } from 'zod'
import { readCursorPage } from '../../entities/sessions/list-sessions.ts'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'

// One cursor page for an export, through the sessions list reader (bearer, retries of reads, abort,
// Use-Snapshot), keeping the bodies exactly as the API sent them: the JSON Lines file promises
// "Ed-Fi bodies as returned", and a schema parse would drop members it does not know (_ext) and
// reorder the rest. The CSV format parses them itself.

export interface ExportSource {
  filters: SessionFilters
  changeWindow?: ChangeVersionWindow
  snapshot: boolean
}

const bodies = z.array(z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'a JSON object'))

export interface ExportPage {
  items: Record<string, unknown>[]
  /** undefined when this page ended the walk. */
  nextToken: string | undefined
}

export async function readExportPage(source: ExportSource, pageToken: string, pageSize: number, signal?: AbortSignal): Promise<ExportPage> {
  const { filters, changeWindow, snapshot } = source
  const page = await readCursorPage({ ...filters, ...changeWindow, snapshot, pageToken, pageSize }, bodies, signal)
  return { items: page.items, nextToken: page.nextPageToken }
}
