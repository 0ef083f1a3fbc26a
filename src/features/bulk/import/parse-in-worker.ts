import { DS52_FORM_LIMITS, type SessionFormLimits } from '../../../entities/sessions/session-form-limits.ts'
import type { ParseResult } from './csv-parse.ts'

type WorkerMessage = { type: 'progress'; rows: number } | { type: 'done'; result: ParseResult }

/** Parses the file in a Web Worker; rows arrive at the end, progress on the way. */
export function parseInWorker(
  file: File,
  onProgress: (rows: number) => void,
  limits: SessionFormLimits = DS52_FORM_LIMITS,
): Promise<ParseResult> {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })
  return new Promise<ParseResult>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.rows)
      else resolve(event.data.result)
    })
    worker.addEventListener('error', (event) => resolve({ ok: false, message: `The file could not be read: ${event.message}` }))
    worker.postMessage({ file, limits })
  }).finally(() => worker.terminate())
}
