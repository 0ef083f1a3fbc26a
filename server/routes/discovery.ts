import type { FastifyInstance } from 'fastify'
import { apiRoot } from './http.ts'
import { discoveryDocument } from '../profiles/profile-discovery.ts'

export const API_VERSION = '7.3'
export const DATA_MODEL = { name: 'Ed-Fi', version: '5.2.0', informationalVersion: 'The Ed-Fi Data Model 5.2.0' }

export async function discoveryRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', async (request, reply) => {
    const root = apiRoot(request)
    reply.header('cache-control', 'no-cache')
    if (app.ctx.profile.id !== '7.3' || app.ctx.profile.routes !== 'shared') {
      return discoveryDocument(app.ctx.profile, root, app.ctx.changeQueriesEnabled)
    }
    return {
      version: API_VERSION,
      applicationName: 'Ed-Fi ODS / API (embedded)',
      informationalVersion: API_VERSION,
      suite: '3',
      build: '7.3.0.0-embedded',
      dataModels: [app.ctx.profile.dataModel.version === DATA_MODEL.version ? DATA_MODEL : app.ctx.profile.dataModel],
      urls: {
        dependencies: `${root}/metadata/data/v3/dependencies`,
        openApiMetadata: `${root}/metadata/`,
        oauth: `${root}/oauth/token`,
        dataManagementApi: `${root}/data/v3/`,
        xsdMetadata: `${root}/metadata/xsd`,
        changeQueries: `${root}/changeQueries/v1/`,
      },
    }
  })
}
