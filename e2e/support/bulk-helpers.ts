import { expect, type Page } from '@playwright/test'
import type { ApiClient } from './edfi-clients.ts'
import { SESSIONS } from './edfi-clients.ts'

// Shared by the bulk-change specs: the API's truth for a school year, and the batch page's counts.

export interface StoredSession {
  id: string
  sessionName: string
  schoolReference: { schoolId: number }
  schoolYearTypeReference: { schoolYear: number }
  termDescriptor: string
  beginDate: string
  endDate: string
  totalInstructionalDays: number
  gradingPeriods?: { gradingPeriodReference: { gradingPeriodName: string } }[]
  academicWeeks?: unknown[]
  _etag?: string
}

export async function sessionsOfYear(client: ApiClient, schoolYear: number): Promise<StoredSession[]> {
  const all: StoredSession[] = []
  for (let offset = 0; ; offset += 500) {
    const res = await client.http.get(`${SESSIONS}?schoolYear=${schoolYear}&offset=${offset}&limit=500`, { headers: client.auth })
    expect(res.status()).toBe(200)
    const page = (await res.json()) as StoredSession[]
    all.push(...page)
    if (page.length < 500) return all
  }
}

export async function getById(client: ApiClient, id: string): Promise<{ status: number; body?: StoredSession; etag?: string }> {
  const res = await client.http.get(`${SESSIONS}/${id}`, { headers: client.auth })
  if (res.status() !== 200) return { status: res.status() }
  return { status: 200, body: (await res.json()) as StoredSession, etag: res.headers()['etag'] }
}

/** Waits for the batch page to say it is done (or stopped) and returns its result counts line. */
export async function resultCounts(page: Page): Promise<string> {
  await expect(page.getByText(/^(Done\. Every row has a result below\.|Stopped before every row was done\.)/)).toBeVisible({
    timeout: 20_000,
  })
  return (await page.getByTestId('result-counts').textContent()) ?? ''
}

export async function injectFault(client: ApiClient, spec: Record<string, unknown>): Promise<void> {
  const res = await client.http.post('/api/__faults', { data: spec })
  expect(res.status()).toBe(204)
}

export async function clearFaults(client: ApiClient): Promise<void> {
  await client.http.delete('/api/__faults')
}
