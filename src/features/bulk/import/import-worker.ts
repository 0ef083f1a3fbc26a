import type { SessionFormLimits } from '../../../entities/sessions/session-form-limits.ts'
import { parseCsv } from './csv-parse.ts'

// Off the main thread: parse and check every row (with the server's form limits), report progress,
// hand back the rows.

interface WorkerScope {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent<{ file: File; limits: SessionFormLimits }>) => void): void
}

const scope = self as unknown as WorkerScope

scope.addEventListener('message', (event) => {
  const { file, limits } = event.data
  void parseCsv(file, (rows) => scope.postMessage({ type: 'progress', rows }), limits).then((result) =>
    scope.postMessage({ type: 'done', result }),
  )
})
