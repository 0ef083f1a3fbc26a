/// <reference lib="webworker" />
import { connectApiClient } from '../../lib/api-client.ts'
import { borrowedConnection } from '../../lib/delegated-connection.ts'
import { errorFromMessage, errorToMessage, type FromWorker, type ToWorker } from './check-protocol.ts'
import { readAndCheck } from './read-and-check.ts'

// JSON parsing and validation happen here, off the page's main thread.

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
