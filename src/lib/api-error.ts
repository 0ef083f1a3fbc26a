import { z } from 'zod'

// Ed-Fi ODS/API v7.3 answers failures with RFC 9457 problem details. Members may be missing (the
// ODS omits nulls), so every one is optional and we fill in readable fallbacks.
const problemDetailsSchema = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  status: z.number().optional(),
  detail: z.string().optional(),
  correlationId: z.string().optional(),
  errors: z.array(z.string()).optional(),
  validationErrors: z.record(z.string(), z.array(z.string())).optional(),
})

// The token endpoint speaks OAuth 2 (RFC 6749 §5.2), not problem details.
const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() })

export type ValidationErrors = Record<string, string[]>

export interface ApiErrorInit {
  /** HTTP status; 0 when no response arrived (network failure). */
  status: number
  type: string
  title: string
  detail: string
  correlationId?: string
  errors?: string[]
  validationErrors?: ValidationErrors
}

/** The only error type that leaves the network layer. */
export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail: string
  readonly correlationId: string | undefined
  readonly errors: string[]
  readonly validationErrors: ValidationErrors

  constructor(init: ApiErrorInit, options?: { cause?: unknown }) {
    super(init.detail, options)
    this.name = 'ApiError'
    this.status = init.status
    this.type = init.type
    this.title = init.title
    this.detail = init.detail
    this.correlationId = init.correlationId
    this.errors = init.errors ?? []
    this.validationErrors = init.validationErrors ?? {}
  }

  static async fromResponse(res: Response): Promise<ApiError> {
    const text = await res.text().catch(() => '')
    const headerCorrelationId = res.headers.get('correlation-id') ?? undefined
    const fallback: ApiErrorInit = {
      status: res.status,
      type: 'about:blank',
      title: res.statusText || `HTTP ${res.status}`,
      detail: `The Ed-Fi API answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}.`,
      correlationId: headerCorrelationId,
    }
    const json = parseJson(text)
    const oauth = oauthErrorSchema.safeParse(json)
    if (oauth.success) {
      return new ApiError({ ...fallback, title: 'Authentication Failed', detail: oauth.data.error_description ?? oauth.data.error })
    }
    const problem = problemDetailsSchema.safeParse(json)
    if (!problem.success || json === undefined) return new ApiError(fallback)
    const p = problem.data
    return new ApiError({
      status: p.status ?? res.status,
      type: p.type ?? fallback.type,
      title: p.title ?? fallback.title,
      detail: p.detail ?? fallback.detail,
      correlationId: p.correlationId ?? headerCorrelationId,
      errors: p.errors,
      validationErrors: p.validationErrors,
    })
  }

  static network(cause: unknown): ApiError {
    return new ApiError(
      {
        status: 0,
        type: 'urn:steward:network',
        title: 'Network Error',
        detail: 'The Ed-Fi API could not be reached. Check that it is running and that the API root is right, then try again.',
      },
      { cause },
    )
  }

  /** A 2xx whose body does not match the Ed-Fi contract: the server, not the user, is at fault. */
  static unexpectedBody(res: Response, cause: unknown): ApiError {
    return new ApiError(
      {
        // The HTTP status of the answer (usually 200): retrying will not change the body.
        status: res.status,
        type: 'urn:steward:unexpected-response',
        title: 'Unexpected Response',
        detail: `The Ed-Fi API answered ${res.url || 'a request'} with data this app does not understand.`,
        errors: cause instanceof z.ZodError ? cause.issues.map((i) => `${i.path.join('.') || '$'}: ${i.message}`) : undefined,
      },
      { cause },
    )
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
