import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { academicWeekRef, gradingPeriodRef, sessionRecord } from '../../../test-support/builders.ts'
import { sessionListSchema } from './session-schema.ts'
import { sessionListReader } from './session-shape.ts'

const record = () => ({
  ...sessionRecord('3f0c', '2021-2022 Fall Semester', {
    gradingPeriods: [gradingPeriodRef('First Six Weeks', 'First Six Weeks')],
    academicWeeks: [academicWeekRef('Week 01 2021')],
  }),
  schoolReference: { schoolId: 255901001, link: { rel: 'School', href: '/ed-fi/schools/1' } },
  _etag: '5250549830043722834',
  _ext: { sample: { anything: [1, 'two'] } },
})

type Json = Record<string, unknown> | unknown[]

/** Every path to a member or array item of a record, e.g. ['gradingPeriods', 0, 'gradingPeriodReference']. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path]
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value)
  return [path, ...keys.flatMap((key) => pathsOf((value as Record<string | number, unknown>)[key], [...path, key]))]
}

function withValueAt(target: Json, path: (string | number)[], value: unknown): Json {
  const copy = structuredClone(target)
  let parent: Record<string | number, unknown> = copy as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path.at(-1)!
  if (value === undefined) delete parent[last]
  else parent[last] = value
  return copy
}

const dateLike = fc
  .tuple(fc.integer({ min: 0, max: 2400 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
const timeLike = fc.constantFrom(
  'T00:00:00Z',
  'T23:59:59.123Z',
  'T24:00:00Z',
  'T10:30',
  'T10:30:00+05:30',
  'T10:30+05:30',
  'T10:30:00',
  'Z',
  '',
)
const oddValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, -(2 ** 31), 2 ** 53, 1.5, Number.NaN),
  fc.string(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.tuple(dateLike, timeLike).map(([d, t]) => d + t),
)

describe('sessionListReader', () => {
  it('accepts what the zod read schema accepts, and refuses what it refuses', () => {
    const base = [record()]
    const paths = pathsOf(base).filter((path) => path.length > 0)
    fc.assert(
      fc.property(fc.constantFrom(...paths), oddValue, (path, value) => {
        const body = withValueAt(base, path, value)
        expect(sessionListReader.safeParse(body).success).toBe(sessionListSchema.safeParse(body).success)
      }),
      { numRuns: 3000 },
    )
  })

  it('hands back the bodies as sent, unknown members included', () => {
    const body = [record(), record()]
    const read = sessionListReader.safeParse(body)
    expect(read.success && read.data).toBe(body)
    expect(read.success && read.data[0]).toHaveProperty('_ext.sample.anything', [1, 'two'])
  })

  it('says where a body is wrong', () => {
    const body = withValueAt([record()], [0, 'gradingPeriods', 0, 'gradingPeriodReference', 'schoolYear'], '2022')
    const read = sessionListReader.safeParse(body)
    expect(read.success).toBe(false)
    expect(!read.success && read.error.issues).toEqual([
      { path: [0, 'gradingPeriods', 0, 'gradingPeriodReference', 'schoolYear'], message: 'expected a 32-bit integer' },
    ])
  })
})
