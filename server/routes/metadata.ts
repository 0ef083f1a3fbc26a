import type { FastifyInstance } from 'fastify'
import { readFileSync } from 'node:fs'
import { apiRoot } from './http.ts'

// The sessions OpenAPI document ships inside the server (a copy of ../shared/edfi/sessions-openapi.json,
// kept equal by a test) so a clone works without ../shared; only its URLs are rewritten to this host.
const openApiText = readFileSync(new URL('../metadata/sessions-openapi.json', import.meta.url), 'utf8')

const SANDBOX_DATA_URL = 'https://api.ed-fi.org:443/v7.3/api/data/v3'
const SANDBOX_TOKEN_URL = 'https://api.ed-fi.org:443/v7.3/api/oauth/token'

const DEPENDENCIES = [
  ['/ed-fi/schoolYearTypes', 1],
  ['/ed-fi/termDescriptors', 1],
  ['/ed-fi/gradingPeriodDescriptors', 1],
  ['/ed-fi/schools', 2],
  ['/ed-fi/gradingPeriods', 3],
  ['/ed-fi/academicWeeks', 3],
  ['/ed-fi/sessions', 4],
  ['/ed-fi/courseOfferings', 5],
] as const

function withSessionNameLength(text: string, maxLength: number): string {
  if (maxLength === 60) return text
  const doc = JSON.parse(text) as { components: { schemas: Record<string, { properties?: Record<string, { maxLength?: number }> }> } }
  for (const name of ['edFi_session', 'trackedChanges_edFi_sessionKey']) {
    const member = doc.components.schemas[name]?.properties?.sessionName
    if (member) member.maxLength = maxLength
  }
  return JSON.stringify(doc)
}

export async function metadataRoutes(app: FastifyInstance): Promise<void> {
  const profile = app.ctx.profile
  const served = withSessionNameLength(openApiText, profile.sessionNameMaxLength)
  // ODS/API: /metadata/ lists sections, Resources at …/data/v3/resources/swagger.json; the Ed-Fi
  // API 8 (DMS): /metadata/specifications lists them, Resources at …/resources-spec.json.
  const [listPath, resourcesPath] =
    profile.id === '8'
      ? ['/metadata/specifications', '/metadata/specifications/resources-spec.json']
      : ['/metadata', '/metadata/data/v3/resources/swagger.json']
  app.get(listPath, async (request) => {
    const root = apiRoot(request)
    return [{ name: 'Resources', endpointUri: `${root}${resourcesPath}`, prefix: '' }]
  })

  app.get(resourcesPath, async (request, reply) => {
    const root = apiRoot(request)
    const body = served.replaceAll(SANDBOX_DATA_URL, `${root}${profile.dataPath}`).replaceAll(SANDBOX_TOKEN_URL, `${root}/oauth/token`)
    return reply.header('content-type', 'application/json; charset=utf-8').send(body)
  })

  app.get('/metadata/data/v3/dependencies', async () =>
    DEPENDENCIES.map(([resource, order]) => ({ resource, order, operations: ['Create', 'Update'] })),
  )
}
