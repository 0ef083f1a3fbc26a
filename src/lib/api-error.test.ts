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
