import type { SessionFormLimits } from '../../../entities/sessions/session-form-limits.ts'
import { parseCsv } from './csv-parse.ts'

interface WorkerScope {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent<{ file: File; limits: SessionFormLimits }>) => void): void
}

const scope = self as unknown as WorkerScope

scope.addEventListener('message', (event) => {
  const { file, limits } = event.data
  void parseCsv(file, (count, rows) => scope.postMessage({ type: 'rows', count, rows }), limits).then((result) =>
    scope.postMessage({ type: 'done', result: result.ok ? { ok: true, rows: [] } : result }),
  )
})
