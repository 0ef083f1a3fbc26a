import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer, type TestServer } from '../testing/test-server.ts'
import { profileFromEnv } from './server-profile.ts'

// DATA_STANDARD=6: discovery names DS 6.0 and the metadata the SPA reads promises 120-character
// session names (as the official DS 6.0 spec does); the ODS 7.3 and Ed-Fi API 8 profiles can host it.

interface OpenApi {
  components: { schemas: Record<string, { properties: Record<string, { maxLength?: number }> }> }
}

describe('profileFromEnv DATA_STANDARD', () => {
  it('sets the data model and the session-name length, only where the release can host DS 6', () => {
    expect(profileFromEnv({ DATA_STANDARD: '6' })).toMatchObject({ sessionNameMaxLength: 120, dataModel: { version: '6.0.0' } })
    expect(profileFromEnv({})).toMatchObject({ sessionNameMaxLength: 60, dataModel: { version: '5.2.0' } })
    expect(() => profileFromEnv({ EDFI_PROFILE: '6.2', DATA_STANDARD: '6' })).toThrow('DATA_STANDARD=6 needs EDFI_PROFILE 7.3 or 8')
    expect(() => profileFromEnv({ DATA_STANDARD: '7' })).toThrow('DATA_STANDARD must be 5.2 or 6')
  })
})

describe.each([
  ['7.3', '/metadata/data/v3/resources/swagger.json'],
  ['8', '/metadata/specifications/resources-spec.json'],
] as const)('EDFI_PROFILE=%s DATA_STANDARD=6 metadata', (id, resourcesPath) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer({ seed: 'demo', profile: profileFromEnv({ EDFI_PROFILE: id, DATA_STANDARD: '6' }) })
  })
  afterAll(() => server.close())

  it('lists the Resources document where discovery says and serves 120-character names in it', async () => {
    const discovery = (await (await fetch(`${server.apiRoot}/`)).json()) as {
      urls: { openApiMetadata: string }
      dataModels: { version: string }[]
    }
    expect(discovery.dataModels[0]!.version).toBe('6.0.0')
    const list = (await (await fetch(discovery.urls.openApiMetadata)).json()) as { name: string; endpointUri: string }[]
    expect(list).toEqual([{ name: 'Resources', endpointUri: `${server.apiRoot}${resourcesPath}`, prefix: '' }])
    const doc = (await (await fetch(list[0]!.endpointUri)).json()) as OpenApi
    expect(doc.components.schemas.edFi_session!.properties.sessionName!.maxLength).toBe(120)
  })
})
