// ODS/API 6.2 and 7.1 answer errors with RESTError (EdFi.Ods.Api/Models/RESTError.cs: message,
// and in 7.1 correlationId and modelState), not with the problem details 7.2 introduced. A disabled
// change-queries route answers a bare 404 (ControllerHelpers.NotFound(): no body).

interface ProblemBody {
  type?: unknown
  detail?: unknown
  errors?: unknown
  validationErrors?: unknown
  correlationId?: unknown
}

function parseProblem(text: string | undefined): ProblemBody | undefined {
  if (!text) return undefined
  try {
    const value = JSON.parse(text) as unknown
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
    const body = value as ProblemBody
    return typeof body.type === 'string' && body.type.startsWith('urn:ed-fi:api') ? body : undefined
  } catch {
    return undefined
  }
}

export function legacyErrorBody(text: string | undefined): Record<string, unknown> | null | undefined {
  const problem = parseProblem(text)
  if (!problem) return undefined
  if (problem.type === 'urn:ed-fi:api:system:configuration:feature-disabled') return null
  if (problem.validationErrors && typeof problem.validationErrors === 'object') {
    return { message: 'The request is invalid.', modelState: problem.validationErrors }
  }
  const errors = Array.isArray(problem.errors) ? problem.errors.filter((e): e is string => typeof e === 'string') : []
  const detail = typeof problem.detail === 'string' ? problem.detail : 'An unexpected error occurred on the server.'
  return { message: errors.length ? `${detail} ${errors.join(' ')}` : detail }
}
