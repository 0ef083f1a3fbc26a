// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DS52_FORM_LIMITS, formLimitsFromOpenApi } from './session-form-limits.ts'
import { sessionFormSchemaFor } from './session-form-rules.ts'

// The official Ed-Fi resources specs for DS 5.0 and DS 6.0, trimmed to sessions (../shared/edfi,
// from Ed-Fi-Alliance-OSS/Ed-Fi-API-Specifications@d04ae3f; see ../shared/edfi/README.md). They are
// read where they are rather than copied into the repo.
const shared = new URL('../../../../shared/edfi/', import.meta.url)
const official = (name: string) => {
  const file = new URL(name, shared)
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined
}
const ds50 = official('sessions-openapi.ds5.0-official-trim.json')
const ds60 = official('sessions-openapi.ds6.0-official-trim.json')
const MISSING = 'skipped: ../shared/edfi (the official DS 5.0/6.0 specs) is not next to this clone'

describe('form limits from a server’s OpenAPI metadata', () => {
  it.skipIf(!ds50)(`DS 5.0 (official spec): session names up to 60 characters ${ds50 ? '' : MISSING}`, () => {
    expect(formLimitsFromOpenApi(ds50)).toEqual({
      sessionNameMaxLength: 60,
      termDescriptorMaxLength: 306,
      requiredLists: [],
      source: 'server',
    })
  })

  it.skipIf(!ds60)(`DS 6.0 (official spec): session names up to 120 characters ${ds60 ? '' : MISSING}`, () => {
    expect(formLimitsFromOpenApi(ds60)).toEqual({
      sessionNameMaxLength: 120,
      termDescriptorMaxLength: 306,
      requiredLists: [],
      source: 'server',
    })
  })

  it('reads a Swagger 2 document (definitions) and the lists a server requires', () => {
    // Hand-made: the shape older hosts serve, with a server that requires grading periods.
    const swagger2 = {
      swagger: '2.0',
      definitions: {
        edFi_session: {
          required: ['sessionName', 'gradingPeriods'],
          properties: {
            sessionName: { type: 'string', maxLength: 75 },
            termDescriptor: { type: 'string' },
            gradingPeriods: { type: 'array' },
          },
        },
      },
    }
    expect(formLimitsFromOpenApi(swagger2)).toEqual({
      sessionNameMaxLength: 75,
      termDescriptorMaxLength: 306,
      requiredLists: ['gradingPeriods'],
      source: 'server',
    })
  })

  it('gives nothing for a document without a readable session schema (the caller falls back to DS 5.2)', () => {
    expect(formLimitsFromOpenApi(undefined)).toBeUndefined()
    expect(formLimitsFromOpenApi([{ name: 'Resources' }])).toBeUndefined()
    expect(formLimitsFromOpenApi({ openapi: '3.0.1', components: { schemas: { edFi_school: { properties: {} } } } })).toBeUndefined()
    expect(
      formLimitsFromOpenApi({ components: { schemas: { edFi_session: { properties: { sessionName: { maxLength: -1 } } } } } }),
    ).toMatchObject({
      sessionNameMaxLength: 60,
    })
  })
})

describe('the form’s rules follow the limits', () => {
  const values = {
    schoolId: '255901001',
    schoolYear: '2027',
    sessionName: 'S'.repeat(100),
    termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
    beginDate: '2026-08-20',
    endDate: '2026-12-18',
    totalInstructionalDays: '82',
    gradingPeriods: [],
    academicWeeks: [],
  }
  const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
    result.error?.issues.map((i) => i.message) ?? []

  it('a DS 6 server accepts a 100-character name; DS 5.2 refuses it, naming the limit', () => {
    expect(sessionFormSchemaFor({ ...DS52_FORM_LIMITS, sessionNameMaxLength: 120, source: 'server' }).safeParse(values).success).toBe(true)
    expect(messages(sessionFormSchemaFor(DS52_FORM_LIMITS).safeParse(values))).toEqual(['A session name has at most 60 characters.'])
  })

  it('a list the server requires must have a row', () => {
    const rules = sessionFormSchemaFor({ ...DS52_FORM_LIMITS, requiredLists: ['gradingPeriods'] })
    expect(messages(rules.safeParse({ ...values, sessionName: 'Fall' }))).toEqual(['This server needs at least one grading period.'])
  })
})
