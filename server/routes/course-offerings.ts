import type { FastifyInstance } from 'fastify'
import { readDb } from '../context.ts'
import { COURSE_OFFERING_SPEC, type CourseOfferingRow } from '../db/course-offerings-repo.ts'
import { readResource, readResourcePage } from '../domain/resource-reads.ts'
import { courseOfferingJson, readCourseOfferingBody, removeCourseOffering, writeCourseOffering } from '../domain/course-offerings.ts'
import { parseResourceListQuery } from '../domain/resource-query.ts'
import { requireClient } from './http.ts'
import {
  assertNoClientId,
  bodyWriteGuard,
  getRouteId,
  postBody,
  refuseSnapshotWrites,
  sendItem,
  sendPage,
  sendUpsert,
  unsupportedMethod,
  writeRequest,
} from './resource-http.ts'

// /data/v3/ed-fi/courseOfferings: GET (offset paging, filters localCourseCode, schoolId, schoolYear,
// sessionName...), GET by id, POST upsert and DELETE by id. Authorization follows the offering's
// school, which is its session's school. PUT is not offered (405).

type IdParams = { Params: { id: string } }

export async function courseOfferingRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', { exposeHeadRoute: false }, async (request, reply) => {
    const query = parseResourceListQuery(request.query, COURSE_OFFERING_SPEC.filters)
    const page = readResourcePage<CourseOfferingRow>(readDb(app.ctx, request), requireClient(request), COURSE_OFFERING_SPEC, query)
    return sendPage(reply, page.rows.map(courseOfferingJson), page.totalCount)
  })

  app.get<IdParams>('/:id', { exposeHeadRoute: false }, async (request, reply) => {
    const id = getRouteId(request.params.id)
    const row = readResource<CourseOfferingRow>(readDb(app.ctx, request), requireClient(request), COURSE_OFFERING_SPEC, id)
    return sendItem(request, reply, courseOfferingJson(row))
  })

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
