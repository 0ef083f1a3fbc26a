import Papa from 'papaparse'
import { DS52_FORM_LIMITS, type SessionFormLimits } from '../../../entities/sessions/session-form-limits.ts'
import { mapColumns, parseRow, type ColumnMap, type ParsedRow } from './csv-mapping.ts'

// In a Web Worker (import-worker.ts), so a 10,000-row file never blocks the page.

export type ParseResult = { ok: true; rows: ParsedRow[] } | { ok: false; message: string }

export function parseCsv(
  input: File | string,
  onProgress: (rows: number, added: readonly ParsedRow[]) => void = () => {},
  limits: SessionFormLimits = DS52_FORM_LIMITS,
): Promise<ParseResult> {
  return new Promise((resolve) => {
    const rows: ParsedRow[] = []
    let map: ColumnMap | undefined
    let line = 0
    let failure: string | undefined
    Papa.parse<string[]>(input, {
      skipEmptyLines: 'greedy',
      // ~600 rows a chunk: the worker hands each chunk on, and the page takes it in one short task.
      chunkSize: 64 * 1024,
      chunk: (results, parser) => {
        const first = rows.length
        for (const cells of results.data) {
          line += 1
          if (!map) {
            const mapped = mapColumns(cells)
            if (mapped.missing.length) {
              failure = `The file has no column for: ${mapped.missing.join(', ')}. Use the template’s headers or an export of this app.`
              parser.abort()
              return
            }
            map = mapped.map
            continue
          }
          rows.push(parseRow(cells, map, line, limits))
        }
        onProgress(rows.length, rows.slice(first))
      },
      complete: () =>
        resolve(failure ? { ok: false, message: failure } : map ? { ok: true, rows } : { ok: false, message: 'The file is empty.' }),
      error: (error: Error) => resolve({ ok: false, message: `The file could not be read: ${error.message}` }),
    })
  })
}
