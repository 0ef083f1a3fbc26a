import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { hasSharedContract, noteMissingSharedContract, readSharedContract } from '../testing/shared-contract.ts'

noteMissingSharedContract('the comparison with the shared OpenAPI document')

let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ seed: 'none' })
})
afterAll(() => server.close())

describe('discovery and metadata (no token needed)', () => {
  it('describes an ODS/API 7.3 on Data Standard 5.2.0 with this host in every URL', async () => {
    const res = await fetch(`${server.apiRoot}/`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { version: string; dataModels: unknown[]; urls: Record<string, string> }
    expect(body.version).toBe('7.3')
    expect(body.dataModels).toEqual([{ name: 'Ed-Fi', version: '5.2.0', informationalVersion: 'The Ed-Fi Data Model 5.2.0' }])
    expect(body.urls).toMatchObject({
      oauth: `${server.apiRoot}/oauth/token`,
      dataManagementApi: `${server.apiRoot}/data/v3/`,
      changeQueries: `${server.apiRoot}/changeQueries/v1/`,
      openApiMetadata: `${server.apiRoot}/metadata/`,
    })
  })

  it('serves the sessions OpenAPI document with this server as its base and token URL', async () => {
    const res = await fetch(`${server.apiRoot}/metadata/data/v3/resources/swagger.json`)
    const doc = (await res.json()) as {
      servers: { url: string }[]
      paths: Record<string, unknown>
      components: { securitySchemes: { oauth2_client_credentials: { flows: { clientCredentials: { tokenUrl: string } } } } }
    }
    expect(doc.servers[0]!.url).toBe(`${server.apiRoot}/data/v3`)
    expect(doc.components.securitySchemes.oauth2_client_credentials.flows.clientCredentials.tokenUrl).toBe(`${server.apiRoot}/oauth/token`)
    expect(Object.keys(doc.paths)).toContain('/ed-fi/sessions/partitions')
  })

  it.skipIf(!hasSharedContract)('ships the same OpenAPI document as the shared Ed-Fi contract (needs ../shared)', () => {
    const shipped = readFileSync(new URL('../metadata/sessions-openapi.json', import.meta.url), 'utf8')
    expect(JSON.parse(shipped)).toEqual(JSON.parse(readSharedContract('sessions-openapi.json')))
  })

  it('lists the OpenAPI documents and the resource load order', async () => {
    const list = (await (await fetch(`${server.apiRoot}/metadata`)).json()) as { name: string; endpointUri: string }[]
    expect(list[0]).toMatchObject({ name: 'Resources', endpointUri: `${server.apiRoot}/metadata/data/v3/resources/swagger.json` })
    const deps = (await (await fetch(`${server.apiRoot}/metadata/data/v3/dependencies`)).json()) as { resource: string; order: number }[]
    const order = (r: string) => deps.find((d) => d.resource === r)!.order
    expect(order('/ed-fi/sessions')).toBeGreaterThan(order('/ed-fi/schools'))
  })

  it('answers unknown routes with the Ed-Fi not-found problem and the caller correlation id', async () => {
    const res = await fetch(`${server.apiRoot}/nothing/here?correlationId=q-1`)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.json()).toEqual({
      detail: 'The specified data could not be found.',
      type: 'urn:ed-fi:api:not-found',
      title: 'Not Found',
      status: 404,
      correlationId: 'q-1',
    })
  })
})

describe('health', () => {
  it('answers "Healthy" without a token, as the ODS/API does', async () => {
    const res = await fetch(`${server.apiRoot}/health`)
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('Healthy')
  })
})
