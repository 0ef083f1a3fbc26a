import { HS, MS, SESSIONS, call, postSession, sessionBody, type BodyInit } from './sessions-fixtures.ts'
import type { TestServer } from './test-server.ts'

// Writes for the change-query tests go through the HTTP API, never the database.

export const HIGH_SCHOOL = HS
export const MIDDLE_SCHOOL = MS

function expectStatus(status: number, expected: number, what: string, text: string): void {
  if (status !== expected) throw new Error(`${what}: expected ${expected}, got ${status} ${text}`)
}

/** POSTs a new session (no grading periods or weeks); resolves to its resource id. */
export async function createSession(server: TestServer, init: BodyInit, client?: string): Promise<string> {
  return (await postSession(server, sessionBody(server, init), client)).id
}

export async function updateSession(server: TestServer, id: string, init: BodyInit, client?: string): Promise<void> {
  const res = await call(server, `${SESSIONS}/${id}`, { method: 'PUT', json: sessionBody(server, init), client })
  expectStatus(res.status, 204, `update ${id}`, res.text)
}

export async function deleteSession(server: TestServer, id: string, client?: string): Promise<void> {
  const res = await call(server, `${SESSIONS}/${id}`, { method: 'DELETE', client })
  expectStatus(res.status, 204, `delete ${id}`, res.text)
}

export async function newestChangeVersion(server: TestServer, headers?: Record<string, string>): Promise<number> {
  const res = await call<{ newestChangeVersion: number }>(server, 'changeQueries/v1/availableChangeVersions', { headers })
  expectStatus(res.status, 200, 'availableChangeVersions', res.text)
  return res.body.newestChangeVersion
}

export async function getJson<T>(server: TestServer, path: string, init: { client?: string; headers?: Record<string, string> } = {}) {
  return call<T>(server, path, init)
}
