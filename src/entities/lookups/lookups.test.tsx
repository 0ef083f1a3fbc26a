// Picker data against the REAL embedded Ed-Fi API (Grand Bend demo data).
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { createQueryClient } from '../../lib/query-client.ts'
import { setUpEmbeddedApi } from '../../testing/connect.ts'
import {
  academicWeeksOfYear,
  listAcademicWeeks,
  listGradingPeriodDescriptors,
  listGradingPeriods,
  listSchoolYearTypes,
  listSchools,
  listTermDescriptors,
} from './list-lookups.ts'
import {
  useAcademicWeeks,
  useGradingPeriodDescriptors,
  useGradingPeriods,
  useSchoolYears,
  useSchools,
  useTermDescriptors,
} from './lookup-hooks.ts'
import {
  academicWeekReferenceOf,
  descriptorUri,
  gradingPeriodReferenceOf,
  type AcademicWeek,
  type GradingPeriod,
} from './lookup-schemas.ts'

setUpEmbeddedApi()
let client: QueryClient
beforeEach(() => {
  client = createQueryClient()
})
afterEach(() => {
  client.clear()
})

function render<P, T>(hook: (props: P) => T, initialProps: P) {
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>
  return renderHook(hook, { wrapper, initialProps })
}

function dataRequests(spy: MockInstance<typeof globalThis.fetch>) {
  return spy.mock.calls.map(([input]) => new URL(String(input))).filter((url) => url.pathname.includes('/data/'))
}

describe('lookup endpoint functions', () => {
  it("schools: the client's Grand Bend schools with names", async () => {
    const schools = await listSchools()
    expect(schools.map((s) => [s.schoolId, s.nameOfInstitution])).toEqual([
      [255901001, 'Grand Bend High School'],
      [255901044, 'Grand Bend Middle School'],
      [255901107, 'Grand Bend Elementary School'],
    ])
    expect(schools[0]!.localEducationAgencyReference).toEqual({ localEducationAgencyId: 255901 })
  })

  it('school years 1991..2050 with descriptions', async () => {
    const years = await listSchoolYearTypes()
    expect(years).toHaveLength(60)
    expect(years.find((y) => y.schoolYear === 2022)).toMatchObject({ schoolYearDescription: '2021-2022' })
  })

  it('term and grading-period descriptors, with the URI a session stores', async () => {
    const terms = await listTermDescriptors()
    expect(terms.map(descriptorUri)).toContain('uri://ed-fi.org/TermDescriptor#Fall Semester')
    expect(terms.find((t) => t.codeValue === 'Fall Semester')).toMatchObject({
      namespace: 'uri://ed-fi.org/TermDescriptor',
      shortDescription: expect.any(String),
    })
    const periods = await listGradingPeriodDescriptors()
    expect(periods.map(descriptorUri)).toContain('uri://ed-fi.org/GradingPeriodDescriptor#First Semester')
  })

  it('grading periods of one school and year, ready to become session references', async () => {
    const spy = vi.spyOn(globalThis, 'fetch')
    const periods = await listGradingPeriods({ schoolId: 255901001, schoolYear: 2022 })
    expect(Object.fromEntries(dataRequests(spy)[0]!.searchParams)).toEqual({
      schoolId: '255901001',
      schoolYear: '2022',
      offset: '0',
      limit: '500',
    })
    expect(periods.map((p) => p.gradingPeriodName).length).toBeGreaterThan(0)
    expect(periods.every((p) => p.schoolReference.schoolId === 255901001 && p.schoolYearTypeReference.schoolYear === 2022)).toBe(true)
    expect(gradingPeriodReferenceOf(periods[0]!)).toEqual({
      gradingPeriodDescriptor: periods[0]!.gradingPeriodDescriptor,
      gradingPeriodName: periods[0]!.gradingPeriodName,
      schoolId: 255901001,
      schoolYear: 2022,
    })
  })

  it('academic weeks: every page of a school (more than 500), then narrowed to a school year', async () => {
    const spy = vi.spyOn(globalThis, 'fetch')
    const weeks = await listAcademicWeeks({ schoolId: 255901001 })
    const requests = dataRequests(spy)
    expect(requests.map((url) => url.searchParams.get('offset'))).toEqual(['0', '500'])
    expect(weeks.length).toBeGreaterThan(500)
    expect(new Set(weeks.map((w) => w.id)).size).toBe(weeks.length)

    const periods = await listGradingPeriods({ schoolId: 255901001, schoolYear: 2022 })
    const ofYear = academicWeeksOfYear(weeks, periods, 2022)
    // The demo names weeks after their school year; the filter itself only looks at dates.
    expect(ofYear.map((w) => w.weekIdentifier)).toEqual(weeks.map((w) => w.weekIdentifier).filter((id) => id.startsWith('2021-2022 Week')))
    expect(academicWeekReferenceOf(ofYear[0]!)).toEqual({ schoolId: 255901001, weekIdentifier: '2021-2022 Week 01' })
  })

  it('without grading periods the school year runs July 1 to June 30', () => {
    const week = (beginDate: string) => ({ beginDate }) as AcademicWeek
    const weeks = ['2021-06-28', '2021-07-05', '2022-06-27', '2022-07-04'].map(week)
    expect(academicWeeksOfYear(weeks, [] as GradingPeriod[], 2022).map((w) => w.beginDate)).toEqual(['2021-07-05', '2022-06-27'])
  })

  it('snapshot reads send Use-Snapshot', async () => {
    const spy = vi.spyOn(globalThis, 'fetch')
    expect(await listSchools({ snapshot: true })).toHaveLength(3)
    const init = spy.mock.calls.find(([input]) => String(input).includes('/ed-fi/schools'))![1]
    expect(new Headers(init?.headers).get('use-snapshot')).toBe('true')
  })
})

describe('lookup hooks', () => {
  it('useSchools, useSchoolYears, useTermDescriptors and useGradingPeriodDescriptors load picker data', async () => {
    const hooks = [
      render(() => useSchools(), {}),
      render(() => useSchoolYears(), {}),
      render(() => useTermDescriptors(), {}),
      render(() => useGradingPeriodDescriptors({ snapshot: true }), {}),
    ]
    await waitFor(() => expect(hooks.every((h) => h.result.current.isSuccess)).toBe(true))
    expect(hooks.map((h) => (h.result.current.data?.length ?? 0) > 0)).toEqual([true, true, true, true])
  })

  it('useGradingPeriods and useAcademicWeeks wait for a school and a year, then load that year only', async () => {
    const spy = vi.spyOn(globalThis, 'fetch')
    type Picked = { schoolId?: number; schoolYear?: number }
    const periods = render((p: Picked) => useGradingPeriods({ schoolId: p.schoolId, schoolYear: p.schoolYear }), {})
    const weeks = render((p: Picked) => useAcademicWeeks({ schoolId: p.schoolId, schoolYear: p.schoolYear }), {
      schoolId: 255901044,
    } as Picked)
    expect(periods.result.current).toMatchObject({ status: 'pending', fetchStatus: 'idle' })
    expect(weeks.result.current).toMatchObject({ status: 'pending', fetchStatus: 'idle' })
    expect(dataRequests(spy)).toEqual([])

    periods.rerender({ schoolId: 255901044, schoolYear: 2023 })
    weeks.rerender({ schoolId: 255901044, schoolYear: 2023 })
    await waitFor(() => expect(periods.result.current.isSuccess && weeks.result.current.isSuccess).toBe(true))
    expect(periods.result.current.data!.every((p) => p.schoolYearTypeReference.schoolYear === 2023)).toBe(true)
    const identifiers = weeks.result.current.data!.map((w) => w.weekIdentifier)
    expect(identifiers.length).toBeGreaterThan(30)
    expect(identifiers.every((id) => id.startsWith('2022-2023 Week'))).toBe(true)
    // The weeks query reuses the grading periods already cached for the same school and year.
    expect(dataRequests(spy).filter((url) => url.pathname.endsWith('/gradingPeriods'))).toHaveLength(1)
  })
})
