import { describe, expect, it } from 'vitest'
import { ApiError } from './api-error.ts'

const problem = (body: unknown, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('ApiError.fromResponse', () => {
  it('keeps every member of an Ed-Fi problem details body', async () => {
    const error = await ApiError.fromResponse(
      problem(
        {
          detail: "Data validation failed. See 'validationErrors' for details.",
          type: 'urn:ed-fi:api:bad-request:data-validation-failed',
          title: 'Data Validation Failed',
          status: 400,
          correlationId: 'c-42',
          validationErrors: { '$.sessionName': ['SessionName is required and should not be left empty.'] },
        },
        400,
      ),
    )
    expect(error).toMatchObject({
      status: 400,
      title: 'Data Validation Failed',
      correlationId: 'c-42',
      validationErrors: { '$.sessionName': ['SessionName is required and should not be left empty.'] },
      errors: [],
    })
  })

  it('reads OAuth errors from the token endpoint as authentication failures', async () => {
    const error = await ApiError.fromResponse(problem({ error: 'invalid_client' }, 401))
    expect(error).toMatchObject({ status: 401, title: 'Authentication Failed', detail: 'invalid_client' })
  })

  it('falls back to the HTTP status when the body is not problem details', async () => {
    const error = await ApiError.fromResponse(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }))
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway' })
  })
})

describe('correlation id on errors', () => {
  it("prefers the server's correlationId, then the response header, then the id we sent", async () => {
    const fromBody = await ApiError.fromResponse(problem({ status: 404, correlationId: 'server-1' }, 404), { correlationId: 'sent-1' })
    expect(fromBody.correlationId).toBe('server-1')
    const fromHeader = await ApiError.fromResponse(new Response('', { status: 502, headers: { 'correlation-id': 'proxy-1' } }), {
      correlationId: 'sent-1',
    })
    expect(fromHeader.correlationId).toBe('proxy-1')
    const fromRequest = await ApiError.fromResponse(new Response('<html>Bad gateway</html>', { status: 502 }), { correlationId: 'sent-1' })
    expect(fromRequest.correlationId).toBe('sent-1')
  })
})

describe('ApiError.jsonPathToFieldName', () => {
  it.each([
    ['$.gradingPeriods[1].gradingPeriodReference.schoolId', 'gradingPeriods.1.gradingPeriodReference.schoolId'],
    ['$.beginDate', 'beginDate'],
    ['$.schoolReference', 'schoolReference'],
    ["$['sessionName']", 'sessionName'],
    ['$.academicWeeks[0]', 'academicWeeks.0'],
    ['$', 'root'],
    ['', 'root'],
    ['$.id', 'id'],
  ])('%s -> %s', (path, name) => {
    expect(ApiError.jsonPathToFieldName(path)).toBe(name)
  })
})

describe('fieldErrors', () => {
  it('keys validationErrors by react-hook-form name, merging paths that name one field', () => {
    const error = new ApiError({
      status: 400,
      type: 'urn:ed-fi:api:bad-request:data-validation-failed',
      title: 'Data Validation Failed',
      detail: "Data validation failed. See 'validationErrors' for details.",
      validationErrors: {
        '$.sessionName': ['SessionName is required and should not be left empty.'],
        "$['sessionName']": ['Second message.'],
        '$.gradingPeriods[0].gradingPeriodReference.schoolId': ["All values supplied for 'schoolId' must match."],
        $: ['The request body is not valid.'],
      },
    })
    expect(error.fieldErrors()).toEqual({
      sessionName: ['SessionName is required and should not be left empty.', 'Second message.'],
      'gradingPeriods.0.gradingPeriodReference.schoolId': ["All values supplied for 'schoolId' must match."],
      root: ['The request body is not valid.'],
    })
    expect(error).toMatchObject({ kind: 'validation', isValidation: true, isRetryable: false })
  })
})

describe('kinds and summaries (bodies from the Ed-Fi v7.3 problem-details catalog)', () => {
  const catalog = {
    snapshotNotFound: {
      status: 404,
      type: 'urn:ed-fi:api:not-found',
      title: 'Not Found',
      detail: 'Snapshot not found.',
      errors: ['The snapshot connection for the ODS has not been configured.'],
    },
    itemNotFound: { status: 404, type: 'urn:ed-fi:api:not-found', title: 'Not Found', detail: 'The specified item could not be found.' },
    featureDisabled: {
      status: 404,
      type: 'urn:ed-fi:api:system:configuration:feature-disabled',
      title: 'Feature Disabled',
      detail: "The 'ChangeQueries' feature is disabled.",
    },
    snapshotWrite: {
      status: 405,
      type: 'urn:ed-fi:api:snapshots:method-not-allowed',
      title: 'Method Not Allowed with Snapshots',
      detail: 'An attempt was made to modify data in a Snapshot, but this data is read-only.',
    },
    lock: {
      status: 412,
      type: 'urn:ed-fi:api:optimistic-lock-failed',
      title: 'Optimistic Lock Failed',
      detail: 'The item has been modified by another user.',
    },
    dependent: {
      status: 409,
      type: 'urn:ed-fi:api:data-conflict:dependent-item-exists',
      title: 'Dependent Item Exists',
      detail: "The requested action cannot be performed because this item is referenced by an existing 'CourseOffering' item.",
    },
    forbidden: {
      status: 403,
      type: 'urn:ed-fi:api:security:authorization',
      title: 'Authorization Denied',
      detail: 'Access to the requested data could not be authorized.',
    },
    system: { status: 500, type: 'urn:ed-fi:api:system', title: 'System Error', detail: 'An unexpected problem has occurred.' },
  }

  it.each([
    ['snapshotNotFound', 'snapshot-unavailable', /no snapshot/],
    ['itemNotFound', 'not-found', /not found/],
    ['featureDisabled', 'feature-disabled', /ChangeQueries/],
    ['snapshotWrite', 'snapshot-read-only', /read-only/],
    ['lock', 'precondition-failed', /Someone else changed/],
    ['dependent', 'conflict', /referenced by an existing 'CourseOffering'/],
    ['forbidden', 'forbidden', /not allowed/],
    ['system', 'server', /HTTP 500.*correlation ID/],
  ] as const)('%s is %s', async (name, kind, summary) => {
    const body = catalog[name]
    const error = await ApiError.fromResponse(problem(body, body.status))
    expect(error.kind).toBe(kind)
    expect(error.summary).toMatch(summary)
    expect(error.isNotFound).toBe(kind === 'not-found')
    expect(error.isConflict412).toBe(kind === 'precondition-failed')
    expect(error.isRetryable).toBe(kind === 'server')
  })

  it('a failed read that never got an answer is retryable; a write whose outcome is unknown is not', () => {
    const read = ApiError.network(new TypeError('fetch failed'), 'c-1')
    expect(read).toMatchObject({ status: 0, kind: 'network', isNetwork: true, isRetryable: true, correlationId: 'c-1' })
    const write = ApiError.writeOutcomeUnknown('PUT', new TypeError('fetch failed'), 'c-2')
    expect(write).toMatchObject({ status: 0, kind: 'write-outcome-unknown', isNetwork: true, isRetryable: false, correlationId: 'c-2' })
    expect(write.summary).toMatch(/may or may not have been saved/)
  })

  it('errors made by the connection feature are of kind connection', () => {
    const error = new ApiError({ status: 0, type: 'urn:steward:connection:cors', title: 'CORS', detail: 'Blocked.' })
    expect(error).toMatchObject({ kind: 'connection', isNetwork: false, summary: 'Blocked.' })
  })
})

describe('RESTError bodies of ODS/API 6.2 and 7.1', () => {
  it('reads the message and the model state as field errors', async () => {
    const res = new Response(
      JSON.stringify({ message: 'The request is invalid.', modelState: { '$.sessionName': ['SessionName is required.'] } }),
      { status: 400 },
    )
    const error = await ApiError.fromResponse(res)
    expect(error.kind).toBe('validation')
    expect(error.detail).toBe('The request is invalid.')
    expect(error.validationErrors).toEqual({ '$.sessionName': ['SessionName is required.'] })
  })

  it('maps model-bound keys (request.SessionName) to the form field they name, merging two keys of one member', async () => {
    const modelState = { 'request.SessionName': ['SessionName must be at most 60 characters in length.'], '$.sessionName': ['Twice.'] }
    const error = await ApiError.fromResponse(
      new Response(JSON.stringify({ message: 'The request is invalid.', modelState }), { status: 400 }),
    )
    expect(error.fieldErrors()).toEqual({ sessionName: ['SessionName must be at most 60 characters in length.', 'Twice.'] })
  })

  it('keeps the status meaning: a 412 with a message is still a conflict with another save', async () => {
    const error = await ApiError.fromResponse(
      new Response(JSON.stringify({ message: 'Resource was modified by another consumer.' }), { status: 412 }),
    )
    expect(error.kind).toBe('precondition-failed')
  })
})
