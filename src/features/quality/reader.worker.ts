/// <reference lib="webworker" />
import { connectApiClient } from '../../lib/api-client.ts'
import { borrowedConnection } from '../../lib/delegated-connection.ts'
import { errorFromMessage, errorToMessage, type FromWorker, type ToReader } from './check-protocol.ts'
import { readAndCheckHere, readForChecks } from './read-for-checks.ts'
import { sendToChecker } from './row-checker.ts'

// JSON parsing and validation happen here, off the page's main thread; the rules run in the checker
// when the page started one, here otherwise.

const post = (message: FromWorker) => self.postMessage(message)
let tokenAsked: { resolve: (token: string) => void; reject: (error: Error) => void } | undefined
let running: AbortController | undefined

const renewToken = () =>
  new Promise<string>((resolve, reject) => {
    tokenAsked = { resolve, reject }
    post({ type: 'renew-token' })
  })

self.onmessage = (event: MessageEvent<ToReader>) => {
  const message = event.data
  if (message.type === 'token') tokenAsked?.resolve(message.token)
  else if (message.type === 'token-failed') tokenAsked?.reject(errorFromMessage(message))
  else if (message.type === 'stop') {
    // Cancelled here, the requests end as cancelled for the server and the browser; a terminated
    // worker's requests were left without an end (the browser's tools waited for them for ever).
    running?.abort()
    post({ type: 'stopped' })
  } else {
    const checker = message.checker
    const { signal } = (running = new AbortController())
    connectApiClient(borrowedConnection(message.connection, renewToken))
    const run = checker
      ? readForChecks(message.request, sendToChecker(checker), post, signal)
      : readAndCheckHere(message.request, post, signal).then(() => post({ type: 'done' }))
    run.then(
      () => checker?.close(),
      (error: unknown) => {
        checker?.close()
        if (!signal.aborted) post({ type: 'failed', ...errorToMessage(error) })
      },
    )
  }
}
