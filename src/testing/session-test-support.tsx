// Test helpers for the sessions api tests (never imported by the app).
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { renderHook } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { ApiError } from '../lib/api-error.ts'
import { createQueryClient } from '../lib/query-client.ts'
import type { EmbeddedApi } from './embedded-api.ts'
import type { SessionBody } from '../entities/sessions/session-schema.ts'
import { emptySessionForm, type SessionFormValues } from '../entities/sessions/session-form-rules.ts'
import { sessionBody as buildSessionBody } from '../../test-support/builders.ts'
export { uniqueName } from '../../test-support/builders.ts'

/** The editor's values for a Fall session of Grand Bend High School in 2026-2027. */
export function fallSessionForm(overrides: Partial<SessionFormValues> = {}): SessionFormValues {
  return {
    ...emptySessionForm,
    schoolId: '255901001',
    schoolYear: '2027',
    sessionName: 'Fall',
    termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
    beginDate: '2026-08-20',
    endDate: '2026-12-18',
    totalInstructionalDays: '80',
    ...overrides,
  }
}

/** The shared builder, typed as the app's SessionBody. */
export function sessionBody(sessionName: string, overrides: Partial<SessionBody> = {}): SessionBody {
  return { ...buildSessionBody(sessionName), ...overrides }
}

/** The ApiError a promise (or React's act() thenable, whose then() does not chain) rejects with. */
export async function rejection(promise: PromiseLike<unknown>): Promise<ApiError> {
  return Promise.resolve(promise).then(
    () => {
      throw new Error('expected a rejection')
    },
    (error: unknown) => {
      if (!(error instanceof ApiError)) throw error
      return error
    },
  )
}

export interface SentRequest {
  url: URL
  method: string
  headers: Headers
  signal: AbortSignal | undefined
  response: Promise<Response>
}

/** Records the data and change-query requests that go over the wire (discovery and token requests left out; the real fetch still runs). */
export function spyOnFetch(): () => SentRequest[] {
  const spy = vi.spyOn(globalThis, 'fetch')
  return () =>
    spy.mock.calls
      .map(([input, init], i) => ({
        url: new URL(String(input)),
        method: init?.method ?? 'GET',
        headers: new Headers(init?.headers),
        signal: init?.signal ?? undefined,
        response: spy.mock.results[i]!.value as Promise<Response>,
      }))
      .filter((r) => /\/(data|changeQueries)\//.test(r.url.pathname))
}

/** A fresh client per test, with the app's defaults (retry off: the network door retries reads itself). */
export function testQueryClient(): QueryClient {
  return createQueryClient()
}

export function wrapperFor(client: QueryClient) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={client}>{children}</QueryClientProvider>
  }
}

/** A fresh query client for each test of the file (cleared after it), and renderHook inside it. */
export function freshQueryClientPerTest() {
  let current: QueryClient | undefined
  beforeEach(() => {
    current = testQueryClient()
  })
  afterEach(() => {
    current?.clear()
  })
  const client = () => {
    if (!current) throw new Error('the query client exists only inside a test')
    return current
  }
  return { client, render: <T,>(hook: () => T) => renderHook(hook, { wrapper: wrapperFor(client()) }) }
}

/**
 * Another API client (the LEA-wide "255901" key) changes a session over plain HTTP, as a colleague
 * in another tool would: GET, change, PUT with its own If-Match. Returns the new etag.
 */
export async function changeAsAnotherClient(
  api: EmbeddedApi,
  id: string,
  change: (session: Record<string, unknown>) => void,
): Promise<string> {
  const token = await api.token('255901')
  const url = `${api.apiRoot}/data/v3/ed-fi/sessions/${id}`
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' }
  const got = await fetch(url, { headers })
  const etag = got.headers.get('etag')!
  const { id: _id, _etag, _lastModifiedDate, ...session } = (await got.json()) as Record<string, unknown>
  change(session)
  const put = await fetch(url, { method: 'PUT', headers: { ...headers, 'if-match': etag }, body: JSON.stringify(session) })
  if (put.status !== 204) throw new Error(`other client's PUT answered ${put.status}: ${await put.text()}`)
  return put.headers.get('etag')!.replaceAll('"', '')
}

/** The same, deleting. */
export async function deleteAsAnotherClient(api: EmbeddedApi, id: string): Promise<void> {
  const token = await api.token('255901')
  const res = await fetch(`${api.apiRoot}/data/v3/ed-fi/sessions/${id}`, {
    method: 'DELETE',
    headers: { authorization: `Bearer ${token}` },
  })
  if (res.status !== 204) throw new Error(`other client's DELETE answered ${res.status}`)
}
