import type { FastifyInstance } from 'fastify'
import { readFileSync } from 'node:fs'
import { apiRoot } from './http.ts'

// The sessions OpenAPI document ships inside the server (a copy of ../shared/edfi/sessions-openapi.json,
// kept equal by a test) so a clone works without ../shared; only its URLs are rewritten to this host.
const openApiText = readFileSync(new URL('../metadata/sessions-openapi.json', import.meta.url), 'utf8')

const SANDBOX_DATA_URL = 'https://api.ed-fi.org:443/v7.3/api/data/v3'
const SANDBOX_TOKEN_URL = 'https://api.ed-fi.org:443/v7.3/api/oauth/token'

/** Load order for the resources this server hosts (Ed-Fi's dependencies metadata). */
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

export async function metadataRoutes(app: FastifyInstance): Promise<void> {
  app.get('/metadata', async (request) => {
    const root = apiRoot(request)
    return [{ name: 'Resources', endpointUri: `${root}/metadata/data/v3/resources/swagger.json`, prefix: '' }]
  })

  app.get('/metadata/data/v3/resources/swagger.json', async (request, reply) => {
    const root = apiRoot(request)
    const body = openApiText.replaceAll(SANDBOX_DATA_URL, `${root}/data/v3`).replaceAll(SANDBOX_TOKEN_URL, `${root}/oauth/token`)
    return reply.header('content-type', 'application/json; charset=utf-8').send(body)
  })

  app.get('/metadata/data/v3/dependencies', async () =>
    DEPENDENCIES.map(([resource, order]) => ({ resource, order, operations: ['Create', 'Update'] })),
  )
}
