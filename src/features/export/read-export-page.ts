import { z } from 'zod'
import { readWalkPage } from '../../entities/sessions/whole-set-walk.ts'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'

// One page for an export (a cursor page, or a numbered page on servers without cursors), through the
// sessions list reader (bearer, retries of reads, abort, Use-Snapshot), keeping the bodies exactly as
// the API sent them: the JSON Lines file promises "Ed-Fi bodies as returned", and a schema parse would
// drop members it does not know (_ext) and reorder the rest. The CSV format parses them itself.

export interface ExportSource {
  filters: SessionFilters
  changeWindow?: ChangeVersionWindow
  snapshot: boolean
}

const bodies = z.array(
  z.custom<Record<string, unknown>>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'a JSON object'),
)

export interface ExportPage {
  items: Record<string, unknown>[]
  nextToken: string | undefined
}

export async function readExportPage(source: ExportSource, pageToken: string, pageSize: number, signal?: AbortSignal): Promise<ExportPage> {
  return readWalkPage(source, pageToken, pageSize, bodies, signal)
}
