/// <reference lib="webworker" />
import { errorToMessage, type FromWorker, type ToChecker, type ToCheckerWorker } from './check-protocol.ts'
import { createRowChecker, takeFromReader } from './row-checker.ts'

// The rules, in a thread of their own: the reader keeps reading while the rows it sent are checked.

const post = (message: FromWorker) => self.postMessage(message)

self.onmessage = (event: MessageEvent<ToCheckerWorker>) => {
  const reader = event.data.reader
  const checker = createRowChecker(post)
  reader.onmessage = (message: MessageEvent<ToChecker>) => {
    try {
      takeFromReader(checker, message.data)
      if (message.data.type !== 'end') return
      reader.close()
      post({ type: 'done' })
    } catch (error) {
      reader.close()
      post({ type: 'failed', ...errorToMessage(error) })
    }
  }
}
