import { DS52_FORM_LIMITS, type SessionFormLimits } from '../../../entities/sessions/session-form-limits.ts'
import type { ParseResult } from './csv-parse.ts'
import type { ParsedRow } from './csv-mapping.ts'

type WorkerMessage = { type: 'rows'; count: number; rows: ParsedRow[] } | { type: 'done'; result: ParseResult }

export function parseInWorker(
  file: File,
  onProgress: (rows: number) => void,
  limits: SessionFormLimits = DS52_FORM_LIMITS,
): Promise<ParseResult> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
  const rows: ParsedRow[] = []
  return new Promise<ParseResult>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      const message = event.data
      if (message.type === 'rows') {
        for (const row of message.rows) rows.push(row)
        onProgress(message.count)
      } else resolve(message.result.ok ? { ok: true, rows } : message.result)
    })
    worker.addEventListener('error', (event) => resolve({ ok: false, message: `The file could not be read: ${event.message}` }))
    worker.postMessage({ file, limits })
  }).finally(() => worker.terminate())
}
