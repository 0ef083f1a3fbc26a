// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  academicWeekReferenceSchema,
  availableChangeVersionsSchema,
  gradingPeriodReferenceSchema,
  linkSchema,
  partitionsSchema,
  schoolReferenceSchema,
  schoolYearTypeReferenceSchema,
  sessionAcademicWeekSchema,
  sessionDeleteSchema,
  sessionGradingPeriodSchema,
  sessionKeyChangeSchema,
  sessionReferenceSchema,
  sessionResourceSchema,
  sessionSchema,
  sessionTrackedKeySchema,
  toSessionBody,
} from './session-schema.ts'

// The wire schemas against the contract itself: valid objects and violations are derived from the
// constraints in ../shared/edfi/sessions-openapi.json (and the change-queries document), so when
// the contract changes (a new member, another maxLength) these tests follow it and fail.

const edfi = new URL('../../../../shared/edfi/', import.meta.url)
const hasContract = existsSync(edfi)
const skipNote = hasContract ? '' : ' (skipped: ../shared/edfi, the Ed-Fi contract data, is not next to this clone)'
const readJsonFile = (path: string): unknown => JSON.parse(readFileSync(new URL(path, edfi), 'utf8'))
const readContract = <T>(path: string, empty: T): T => (hasContract ? (readJsonFile(path) as T) : empty)

interface JsonSchema {
  $ref?: string
  type?: string
  format?: string
  required?: string[]
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  maxLength?: number
  minLength?: number
  minimum?: number
  maximum?: number
}

type OpenApi = {
  components: { schemas: Record<string, JsonSchema>; responses: Record<string, { content: Record<string, { schema: JsonSchema }> }> }
}
const openapi = readContract<OpenApi>('sessions-openapi.json', { components: { schemas: {}, responses: {} } })
const components = openapi.components.schemas
const changeQueries = readContract('official/ods-api-v7.3-ChangeQueries.swagger2.json', { definitions: {} as Record<string, JsonSchema> })

const resolve = (schema: JsonSchema): JsonSchema => (schema.$ref ? components[schema.$ref.split('/').at(-1)!]! : schema)
const typeOf = (schema: JsonSchema) => schema.type ?? (schema.properties ? 'object' : undefined)

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 }

/** A valid value: `max` fills every member at its upper bounds, `min` only the required ones at their lower bounds. */
function validValue(schema: JsonSchema, mode: 'max' | 'min'): unknown {
  const s = resolve(schema)
  switch (typeOf(s)) {
    case 'object': {
      const entries = Object.entries(s.properties ?? {}).filter(([name]) => mode === 'max' || s.required?.includes(name))
      return Object.fromEntries(entries.map(([name, member]) => [name, validValue(member, mode)]))
    }
    case 'array':
      return mode === 'max' ? [validValue(s.items!, mode), validValue(s.items!, mode)] : []
    case 'string':
      if (s.format === 'date') return mode === 'max' ? '2050-12-31' : '1991-01-01'
      if (s.format === 'date-time') return '2024-06-05T19:32:01.5975013Z'
      return 'x'.repeat(mode === 'max' ? (s.maxLength ?? 20) : (s.minLength ?? 1))
    case 'integer': {
      const bounds = s.format === 'int32' ? INT32 : { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }
      return mode === 'max' ? (s.maximum ?? bounds.max) : (s.minimum ?? bounds.min)
    }
    case 'number':
      return mode === 'max' ? 1234.5 : 0
    case 'boolean':
      return mode === 'max'
  }
  throw new Error(`no value for ${JSON.stringify(s)}`)
}

type Path = (string | number)[]
type Violation = [description: string, path: Path, value: unknown]
const REMOVE = Symbol('remove')

/** Every way to break a valid object, read from the constraints of each member it contains. */
function violations(schema: JsonSchema, path: Path = []): Violation[] {
  const s = resolve(schema)
  const at = path.join('.') || '$'
  const found: Violation[] = []
  const type = typeOf(s)
  if (type === 'object') {
    found.push([`${at} is not an object`, path, 'not an object'])
    for (const [name, member] of Object.entries(s.properties ?? {})) {
      if (s.required?.includes(name)) found.push([`${[...path, name].join('.')} is required`, [...path, name], REMOVE])
      found.push(...violations(member, [...path, name]))
    }
  }
  if (type === 'array') {
    found.push([`${at} is not an array`, path, { 0: 'x' }])
    found.push(...violations(s.items!, [...path, 1]))
  }
  if (type === 'string') {
    found.push([`${at} is not a string`, path, 42])
    if (s.maxLength !== undefined) found.push([`${at} longer than maxLength ${s.maxLength}`, path, 'x'.repeat(s.maxLength + 1)])
    if (s.minLength !== undefined) found.push([`${at} shorter than minLength ${s.minLength}`, path, 'x'.repeat(s.minLength - 1)])
    if (s.format === 'date') found.push([`${at} not a date`, path, '08/23/2021'], [`${at} not a real date`, path, '2021-02-30'])
  }
  if (type === 'integer') {
    found.push([`${at} not an integer`, path, 1.5], [`${at} a numeric string`, path, '1'])
    if (s.minimum !== undefined) found.push([`${at} below minimum ${s.minimum}`, path, s.minimum - 1])
    if (s.maximum !== undefined) found.push([`${at} above maximum ${s.maximum}`, path, s.maximum + 1])
    if (s.format === 'int32') found.push([`${at} beyond int32`, path, INT32.max + 1], [`${at} below int32`, path, INT32.min - 1])
  }
  if (type === 'number') found.push([`${at} is not a number`, path, 'many'])
  if (type === 'boolean') found.push([`${at} is not a boolean`, path, 'true'])
  return found
}

function withValue(base: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value
  const copy = structuredClone(base) as Record<string | number, unknown>
  let target = copy
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>
  const last = path.at(-1)!
  if (value === REMOVE) delete target[last]
  else target[last] = value
  return copy
}

const zodFor: Record<string, z.ZodType> = {
  edFi_academicWeekReference: academicWeekReferenceSchema,
  edFi_gradingPeriodReference: gradingPeriodReferenceSchema,
  edFi_schoolReference: schoolReferenceSchema,
  edFi_schoolYearTypeReference: schoolYearTypeReferenceSchema,
  edFi_session: sessionResourceSchema,
  edFi_sessionAcademicWeek: sessionAcademicWeekSchema,
  edFi_sessionGradingPeriod: sessionGradingPeriodSchema,
  edFi_sessionReference: sessionReferenceSchema,
  link: linkSchema,
  trackedChanges_edFi_sessionDelete: sessionDeleteSchema,
  trackedChanges_edFi_sessionKey: sessionTrackedKeySchema,
  trackedChanges_edFi_sessionKeyChange: sessionKeyChangeSchema,
}

const contractSchemas: [name: string, json: JsonSchema, zod: z.ZodType][] = !hasContract
  ? []
  : [
      ...Object.entries(zodFor).map(([name, zod]): [string, JsonSchema, z.ZodType] => [name, components[name]!, zod]),
      ['responses.Partitions', openapi.components.responses.Partitions!.content['application/json']!.schema, partitionsSchema],
      ['availableChangeVersion (change queries)', changeQueries.definitions.availableChangeVersion!, availableChangeVersionsSchema],
    ]

describe.skipIf(!hasContract)(`wire schemas against sessions-openapi.json${skipNote}`, () => {
  it('has a zod schema for every component schema of the contract', () => {
    expect(Object.keys(zodFor).sort()).toEqual(Object.keys(components).sort())
  })

  describe.each(contractSchemas)('%s', (_name, json, zod) => {
    const maximal = validValue(json, 'max')
    const minimal = validValue(json, 'min')

    it('accepts an object with every member at its upper bounds, and one with only the required members at their lower bounds', () => {
      expect(zod.safeParse(maximal).error?.issues).toBeUndefined()
      expect(zod.safeParse(minimal).error?.issues).toBeUndefined()
    })

    const broken = violations(json)
    it.runIf(broken.length > 0).each(broken)('rejects: %s', (_description, path, value) => {
      expect(zod.safeParse(withValue(maximal, path, value)).success).toBe(false)
    })
  })

  it('checks the constraints the brief names (so a weaker generator cannot pass silently)', () => {
    const names = violations(components.edFi_session!).map(([description]) => description)
    expect(names).toEqual(
      expect.arrayContaining([
        'sessionName longer than maxLength 60',
        'termDescriptor longer than maxLength 306',
        'totalInstructionalDays below minimum 0',
        'totalInstructionalDays beyond int32',
        'schoolReference.schoolId is required',
        'gradingPeriods.1.gradingPeriodReference.gradingPeriodDescriptor longer than maxLength 306',
        'academicWeeks.1.academicWeekReference.weekIdentifier shorter than minLength 5',
        'beginDate is required',
      ]),
    )
  })

  it('reads always come with an id; bodies may leave it out', () => {
    const body = validValue(components.edFi_session!, 'min') as Record<string, unknown>
    expect(sessionResourceSchema.safeParse(body).success).toBe(true)
    expect(sessionSchema.safeParse(body).success).toBe(false)
    expect(sessionSchema.safeParse({ ...body, id: '45b9a2a054424167bb80f63cd03c7276' }).success).toBe(true)
  })

  it('drops members the contract does not know (e.g. _ext) instead of rejecting the record', () => {
    const body = { ...(validValue(components.edFi_session!, 'min') as object), _ext: { tx: { x: 1 } } }
    expect(sessionResourceSchema.parse(body)).not.toHaveProperty('_ext')
  })
})

describe.skipIf(!hasContract)(`examples from Ed-Fi${skipNote}`, () => {
  it("accepts Ed-Fi's Grand Bend sample session (reference-data.json)", () => {
    const sample = (readJsonFile('reference-data.json') as { grandBendSampleSession: Record<string, string & number> })
      .grandBendSampleSession
    const session = {
      sessionName: sample.sessionName,
      schoolReference: { schoolId: sample.schoolId },
      schoolYearTypeReference: { schoolYear: sample.schoolYear },
      termDescriptor: sample.termDescriptor,
      beginDate: sample.beginDate,
      endDate: sample.endDate,
      totalInstructionalDays: sample.totalInstructionalDays,
    }
    expect(sessionResourceSchema.parse(session)).toEqual(session)
  })

  it('accepts every session body the Ed-Fi v7.3 Postman suites POST or PUT', () => {
    const bodies: unknown[] = []
    type Item = { item?: Item[]; request?: { method?: string; url?: string | { raw?: string }; body?: { raw?: string } } }
    const walk = (items: Item[]) => {
      for (const item of items) {
        if (item.item) walk(item.item)
        const raw = typeof item.request?.url === 'string' ? item.request.url : item.request?.url?.raw
        if (raw?.includes('/ed-fi/sessions') && ['POST', 'PUT'].includes(item.request?.method ?? '') && item.request?.body?.raw) {
          bodies.push(JSON.parse(item.request.body.raw))
        }
      }
    }
    const postman = new URL('postman/', edfi)
    for (const file of readdirSync(postman).filter((f) => f.endsWith('.json'))) {
      walk((JSON.parse(readFileSync(new URL(file, postman), 'utf8')) as { item: Item[] }).item)
    }
    expect(bodies.length).toBeGreaterThanOrEqual(4)
    for (const body of bodies) expect(sessionResourceSchema.safeParse(body).error?.issues).toBeUndefined()
  })
})

describe('toSessionBody', () => {
  it('drops id, metadata and links, so a record read from the API can be sent back', () => {
    const read = sessionSchema.parse({
      id: '45b9a2a054424167bb80f63cd03c7276',
      sessionName: '2021-2022 Fall Semester',
      schoolReference: { schoolId: 255901001, link: { rel: 'School', href: '/ed-fi/schools/1' } },
      schoolYearTypeReference: { schoolYear: 2022, link: { rel: 'SchoolYearType', href: '/ed-fi/schoolYearTypes/1' } },
      academicWeeks: [
        { academicWeekReference: { schoolId: 255901001, weekIdentifier: '2021-2022 Week 01', link: { rel: 'AcademicWeek' } } },
      ],
      gradingPeriods: [],
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
      beginDate: '2021-08-23',
      endDate: '2021-12-17',
      totalInstructionalDays: 81,
      _etag: '5250549072223211944',
      _lastModifiedDate: '2025-06-23T19:56:19.582404Z',
    })
    expect(toSessionBody(read)).toEqual({
      sessionName: '2021-2022 Fall Semester',
      schoolReference: { schoolId: 255901001 },
      schoolYearTypeReference: { schoolYear: 2022 },
      academicWeeks: [{ academicWeekReference: { schoolId: 255901001, weekIdentifier: '2021-2022 Week 01' } }],
      gradingPeriods: [],
      termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
      beginDate: '2021-08-23',
      endDate: '2021-12-17',
      totalInstructionalDays: 81,
    })
  })
})

describe('reading what other Ed-Fi servers send', () => {
  const read = {
    id: '45b9a2a054424167bb80f63cd03c7276',
    sessionName: 'A session name longer than Data Standard 5.2 allows, as a newer standard may send it back',
    schoolReference: { schoolId: 255901001 },
    schoolYearTypeReference: { schoolYear: 2022 },
    beginDate: '2021-08-23',
    endDate: '2021-12-17',
    termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
    totalInstructionalDays: 81,
    _ext: { tx: { localCode: 'F1' } },
  }

  it('accepts longer names on read and keeps members it does not know', () => {
    const session = sessionSchema.parse(read)
    expect(session.sessionName).toBe(read.sessionName)
    expect(session).toHaveProperty('_ext', read._ext)
  })

  it('writes unknown members back, without the read-only ones', () => {
    const body = toSessionBody({ ...sessionSchema.parse(read), _etag: '"1"' })
    expect(body).toHaveProperty('_ext', read._ext)
    expect(body).not.toHaveProperty('id')
    expect(body).not.toHaveProperty('_etag')
  })
})
