import type { FastifyInstance } from 'fastify'
import { COURSE_OFFERING_SPEC, type CourseOfferingRow } from '../db/course-offerings-repo.ts'
import { courseOfferingJson, readCourseOfferingBody, removeCourseOffering, writeCourseOffering } from '../domain/course-offerings.ts'
import {
  assertNoClientId,
  bodyWriteGuard,
  getRouteId,
  postBody,
  refuseSnapshotWrites,
  sendUpsert,
  unsupportedMethod,
  writeRequest,
} from './resource-http.ts'
import { registerResourceReads } from './resource-read-routes.ts'

type IdParams = { Params: { id: string } }

export async function courseOfferingRoutes(app: FastifyInstance): Promise<void> {
  registerResourceReads<CourseOfferingRow>(app, '/', COURSE_OFFERING_SPEC, courseOfferingJson)

  app.post('/', { onRequest: bodyWriteGuard }, async (request, reply) => {
    const value = postBody(request)
    assertNoClientId(value)
    const input = readCourseOfferingBody(value)
    return sendUpsert(request, reply, 'courseOfferings', writeCourseOffering(writeRequest(request), input))
  })

  app.delete<IdParams>('/:id', { onRequest: refuseSnapshotWrites }, async (request, reply) => {
    removeCourseOffering(writeRequest(request), getRouteId(request.params.id))
    return reply.code(204).send()
  })

  app.route({ method: ['PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'], url: '/', handler: unsupportedMethod })
  app.route({ method: ['POST', 'PUT', 'PATCH', 'HEAD', 'OPTIONS'], url: '/:id', handler: unsupportedMethod })
}
