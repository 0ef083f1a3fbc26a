import { parseCsv } from './csv-parse.ts'

// Off the main thread: parse and check every row, report progress, hand back the rows.

interface WorkerScope {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent<File>) => void): void
}

const scope = self as unknown as WorkerScope

scope.addEventListener('message', (event) => {
  void parseCsv(event.data, (rows) => scope.postMessage({ type: 'progress', rows })).then((result) => scope.postMessage({ type: 'done', result }))
})
