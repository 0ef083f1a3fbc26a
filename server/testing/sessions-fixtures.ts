import { expect } from 'vitest'
import { academicWeeksOf, gradingPeriodsOf } from '../db/session-fixtures-repo.ts'
import type { TestServer } from './test-server.ts'

// Helpers shared by the route tests: requests over real HTTP, session bodies, the catalog's problems.

export const HS = 255901001
export const MS = 255901044
export const SESSIONS = 'data/v3/ed-fi/sessions'

export interface Reply<T = unknown> {
  status: number
  headers: Headers
  body: T
  text: string
}

export async function call<T = unknown>(
  server: TestServer,
  path: string,
  init: { method?: string; json?: unknown; body?: string; headers?: Record<string, string>; client?: string } = {},
): Promise<Reply<T>> {
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body
  const res = await server.api(path, { method: init.method ?? 'GET', body, headers: init.headers, client: init.client })
  const text = await res.text()
  let parsed: unknown = undefined
  try {
    parsed = text ? JSON.parse(text) : undefined
  } catch {
    parsed = text
  }
  return { status: res.status, headers: res.headers, body: parsed as T, text }
}

export interface BodyInit {
  sessionName: string
  schoolId?: number
  schoolYear?: number
  term?: string
  beginDate?: string
  endDate?: string
  totalInstructionalDays?: number
  /** How many of the school's seeded grading periods (of the session's year) / academic weeks to refer to. */
  gradingPeriods?: number
  academicWeeks?: number
}

/** A valid session body; school year 2022 (the Grand Bend sample year) unless given. */
export function sessionBody(server: TestServer, init: BodyInit): Record<string, unknown> {
  const schoolId = init.schoolId ?? HS
  const schoolYear = init.schoolYear ?? 2022
  const periods = gradingPeriodsOf(server.app.ctx.db, schoolId).filter((p) => p.schoolYear === schoolYear)
  const weeks = academicWeeksOf(server.app.ctx.db, schoolId)
  if (periods.length < (init.gradingPeriods ?? 0) || weeks.length < (init.academicWeeks ?? 0)) {
    throw new Error(`seed has too few grading periods/academic weeks for school ${schoolId}, year ${schoolYear}`)
  }
  return {
    sessionName: init.sessionName,
    schoolReference: { schoolId },
    schoolYearTypeReference: { schoolYear },
    beginDate: init.beginDate ?? '2021-08-23',
    endDate: init.endDate ?? '2021-12-17',
    termDescriptor: `uri://ed-fi.org/TermDescriptor#${init.term ?? 'Fall Semester'}`,
    totalInstructionalDays: init.totalInstructionalDays ?? 81,
    gradingPeriods: periods.slice(0, init.gradingPeriods ?? 0).map((gradingPeriodReference) => ({ gradingPeriodReference })),
    academicWeeks: weeks.slice(0, init.academicWeeks ?? 0).map((academicWeekReference) => ({ academicWeekReference })),
  }
}

export async function postSession(
  server: TestServer,
  body: Record<string, unknown>,
  client?: string,
): Promise<{ id: string; etag: string }> {
  const res = await call(server, SESSIONS, { method: 'POST', json: body, client })
  expect(res.status, res.text).toBe(201)
  return { id: res.headers.get('location')!.split('/').pop()!, etag: res.headers.get('etag')!.replaceAll('"', '') }
}

export async function getSession(server: TestServer, id: string, client?: string): Promise<Record<string, unknown>> {
  const res = await call<Record<string, unknown>>(server, `${SESSIONS}/${id}`, { client })
  expect(res.status, res.text).toBe(200)
  return res.body
}

/** The catalog's problem body with its member order; correlationId is whatever the server chose. */
export function problem(status: number, type: string, title: string, detail: string, extra: Record<string, unknown> = {}) {
  return { detail, type, title, status, correlationId: expect.any(String), ...extra }
}

export const parameterProblem = (error: string) =>
  problem(
    400,
    'urn:ed-fi:api:bad-request:parameter-validation-failed',
    'Parameter Validation Failed',
    'The request construction was invalid.',
    {
      errors: [error],
    },
  )

export const dataValidationProblem = (validationErrors: Record<string, string[]>) =>
  problem(
    400,
    'urn:ed-fi:api:bad-request:data-validation-failed',
    'Data Validation Failed',
    "Data validation failed. See 'validationErrors' for details.",
    {
      validationErrors,
    },
  )

export const authorizationProblem = (claims: string) =>
  problem(403, 'urn:ed-fi:api:security:authorization', 'Authorization Denied', 'Access to the requested data could not be authorized.', {
    errors: [
      `No relationships have been established between the caller's education organization id claims (${claims}) and the resource item's 'SchoolId' value.`,
    ],
  })

export const lockProblem = () =>
  problem(412, 'urn:ed-fi:api:optimistic-lock-failed', 'Optimistic Lock Failed', 'The item has been modified by another user.', {
    errors: [
      "The resource item's etag value does not match what was specified in the 'If-Match' request header indicating that it has been modified by another client since it was last retrieved.",
    ],
  })

/** What every write changes: the number of sessions (all of Grand Bend) and the newest change version. */
export async function databaseFingerprint(server: TestServer): Promise<{ count: string | null; newest: number }> {
  const count = (await call(server, `${SESSIONS}?limit=0&totalCount=true`)).headers.get('total-count')
  const versions = await call<{ newestChangeVersion: number }>(server, 'changeQueries/v1/availableChangeVersions')
  return { count, newest: versions.body.newestChangeVersion }
}
