// The connection asks before its secret goes anywhere but the API's own origin, against a
// stand-in foreign API (a plain local HTTP server) whose discovery names a token URL elsewhere.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectionProblemOf } from './connection-problems.ts'
import { createConnection } from './create-connection.ts'
import { secretDestinationRisk } from './secret-destination.ts'

const tokenRequests: IncomingMessage[] = []
const servers: Server[] = []
const listen = async (handler: Parameters<typeof createServer>[1]) => {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}
let apiRoot = ''
beforeAll(async () => {
  const tokenPort = await listen((req, res) => {
    tokenRequests.push(req)
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ access_token: 't', expires_in: 1800, token_type: 'bearer' }))
  })
  // Another origin than the API root: same machine, other port and host name.
  const tokenOrigin = `http://localhost:${tokenPort}`
  const apiPort = await listen((_req, res) => {
    const urls = {
      dependencies: '',
      openApiMetadata: '',
      oauth: `${tokenOrigin}/oauth/token`,
      dataManagementApi: `${apiRoot}/data/v3/`,
      xsdMetadata: '',
    }
    res
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ version: '7.3', dataModels: [{ name: 'Ed-Fi', version: '5.2.0' }], urls }))
  })
  apiRoot = `http://127.0.0.1:${apiPort}/api`
})
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))))

const settings = () => ({ apiRoot, clientKey: 'district', clientSecret: 's3cret' })

describe('where a connection sends its secret', () => {
  it('sends nothing to a token URL on another origin unless the user confirms', async () => {
    const questions: string[] = []
    const refusing = createConnection(settings(), { confirmSecretDestination: (q) => (questions.push(q), false) })
    const error = await refusing.accessToken().catch((e: unknown) => e)
    expect(connectionProblemOf(error)).toBe('secretWithheld')
    expect(tokenRequests).toHaveLength(0)
    expect(questions[0]).toMatch(/another site/)

    const confirming = createConnection(settings(), { confirmSecretDestination: () => true })
    expect(await confirming.accessToken()).toBe('t')
    expect(tokenRequests).toHaveLength(1)
  })

  it('warns before sending the secret over http:// beyond this machine', () => {
    expect(secretDestinationRisk('http://sis.district.example/api', 'http://sis.district.example/api/oauth/token')).toMatch(
      /unencrypted \(http:\/\/\)/,
    )
    expect(secretDestinationRisk('https://api.ed-fi.org/v7.3/api', 'https://api.ed-fi.org/v7.3/api/oauth/token')).toBeUndefined()
    expect(secretDestinationRisk('http://localhost:8765/api', 'http://localhost:8765/api/oauth/token')).toBeUndefined()
    expect(secretDestinationRisk('http://[::1]:8765/api', 'http://[::1]:8765/api/oauth/token')).toBeUndefined()
  })
})
