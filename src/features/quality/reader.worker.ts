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

const renewToken = () =>
  new Promise<string>((resolve, reject) => {
    tokenAsked = { resolve, reject }
    post({ type: 'renew-token' })
  })

self.onmessage = (event: MessageEvent<ToReader>) => {
  const message = event.data
  if (message.type === 'token') tokenAsked?.resolve(message.token)
  else if (message.type === 'token-failed') tokenAsked?.reject(errorFromMessage(message))
  else {
    const checker = message.checker
    connectApiClient(borrowedConnection(message.connection, renewToken))
    const run = checker
      ? readForChecks(message.request, sendToChecker(checker), post)
      : readAndCheckHere(message.request, post).then(() => post({ type: 'done' }))
    run.then(
      () => checker?.close(),
      (error: unknown) => {
        checker?.close()
        post({ type: 'failed', ...errorToMessage(error) })
      },
    )
  }
}
