/// <reference lib="webworker" />
import { connectApiClient } from '../../lib/api-client.ts'
import { borrowedConnection } from '../../lib/delegated-connection.ts'
import { errorFromMessage, errorToMessage, type FromWorker, type ToWorker } from './check-protocol.ts'
import { readAndCheck } from './read-and-check.ts'

// The data-quality checks off the main thread: this worker reads the set with the page's lent
// connection (JSON parsing and validation happen here, not on the page), checks each page as it
// arrives and reports rows and findings back in small messages.

const post = (message: FromWorker) => self.postMessage(message)
let tokenAsked: { resolve: (token: string) => void; reject: (error: Error) => void } | undefined

const renewToken = () =>
  new Promise<string>((resolve, reject) => {
    tokenAsked = { resolve, reject }
    post({ type: 'renew-token' })
  })

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.type === 'token') tokenAsked?.resolve(message.token)
  else if (message.type === 'token-failed') tokenAsked?.reject(errorFromMessage(message))
  else {
    connectApiClient(borrowedConnection(message.connection, renewToken))
    readAndCheck(message.request, post).then(
      () => post({ type: 'done' }),
      (error: unknown) => post({ type: 'failed', ...errorToMessage(error) }),
    )
  }
}
