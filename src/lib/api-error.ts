import { z } from 'zod'
import { clientProblemTypes, kindOf, summaryOf, type ApiErrorKind } from './api-error-kinds.ts'
import { jsonPathToFieldName, modelStateKeyToJsonPath, validationErrorsByField } from './edfi/json-paths.ts'

export { clientProblemTypes, type ApiErrorKind }

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

// ODS/API 6.2 and 7.1 answer errors with RESTError (message, modelState), not problem details.
const restErrorSchema = z.object({
  message: z.string(),
  correlationId: z.string().optional(),
  modelState: z.record(z.string(), z.array(z.string())).optional(),
})

// The token endpoint speaks OAuth 2 (RFC 6749 §5.2), not problem details.
const oauthErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() })

export type ValidationErrors = Record<string, string[]>

export interface ApiErrorInit {
  status: number
  type: string
  title: string
  detail: string
  correlationId?: string
  errors?: string[]
  validationErrors?: ValidationErrors
}

export class ApiError extends Error {
  readonly status: number
  readonly type: string
  readonly title: string
  readonly detail: string
  /** The server's correlationId, else the correlation-id this app sent: quote it to the API's administrator. */
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

  static jsonPathToFieldName(path: string): string {
    return jsonPathToFieldName(path)
  }

  fieldErrors(): Record<string, string[]> {
    return validationErrorsByField(this.validationErrors)
  }

  get kind(): ApiErrorKind {
    return kindOf(this)
  }
  get isNetwork(): boolean {
    return this.kind === 'network' || this.kind === 'write-outcome-unknown'
  }
  get isUnauthorized(): boolean {
    return this.status === 401
  }
  get isNotFound(): boolean {
    return this.kind === 'not-found'
  }
  get isConflict409(): boolean {
    return this.status === 409
  }
  get isConflict412(): boolean {
    return this.status === 412
  }
  get isValidation(): boolean {
    return this.kind === 'validation'
  }
  /**
   * Trying the same request again may work (no answer, or a server failure). A write whose outcome
   * is unknown is not retryable as is: reload and compare first, or the retry may undo someone's change.
   */
  get isRetryable(): boolean {
    return this.kind === 'network' || this.status >= 500
  }

  get summary(): string {
    return summaryOf(this)
  }

  /**
   * Reads problem details (or an OAuth error) from a failed answer. `sent.correlationId` is the id
   * this app sent: kept when the server's body does not name one (a proxy's 502, an HTML page).
   */
  static async fromResponse(res: Response, sent: { correlationId?: string } = {}): Promise<ApiError> {
    const text = await res.text().catch(() => '')
    const headerCorrelationId = res.headers.get('correlation-id') ?? sent.correlationId
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
    const legacy = typeof json === 'object' && json !== null && !('type' in json) ? restErrorSchema.safeParse(json) : undefined
    if (legacy?.success) {
      const { message, correlationId, modelState } = legacy.data
      const validationErrors: ValidationErrors = {}
      for (const [key, messages] of Object.entries(modelState ?? {})) {
        const path = modelStateKeyToJsonPath(key)
        validationErrors[path] = [...(validationErrors[path] ?? []), ...messages]
      }
      return new ApiError({ ...fallback, detail: message, correlationId: correlationId ?? headerCorrelationId, validationErrors })
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

  static network(cause: unknown, correlationId?: string): ApiError {
    return new ApiError(
      {
        status: 0,
        type: clientProblemTypes.network,
        title: 'Network Error',
        detail: 'The Ed-Fi API could not be reached. Check that it is running and that the API root is right, then try again.',
        correlationId,
      },
      { cause },
    )
  }

  /** A POST, PUT or DELETE lost its connection: the server may have applied it, so it is never resent blindly. */
  static writeOutcomeUnknown(method: string, cause: unknown, correlationId?: string): ApiError {
    return new ApiError(
      {
        status: 0,
        type: clientProblemTypes.writeOutcomeUnknown,
        title: 'Save Not Confirmed',
        detail:
          `The connection to the Ed-Fi API broke during the ${method}, before an answer arrived. The ` +
          'change may or may not have been applied: reload the record to check before saving again.',
        correlationId,
      },
      { cause },
    )
  }

  static notConnected(): ApiError {
    return new ApiError({
      status: 0,
      type: clientProblemTypes.notConnected,
      title: 'Not Connected',
      detail: 'No Ed-Fi API is connected yet. Choose a connection on the Connection screen.',
    })
  }

  static clientFailure(cause: unknown, correlationId?: string): ApiError {
    const reason = cause instanceof Error ? cause.message : String(cause)
    return new ApiError(
      {
        status: 0,
        type: clientProblemTypes.clientFailure,
        title: 'Request Not Sent',
        detail: `The request could not be sent: ${reason}`,
        correlationId,
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
        type: clientProblemTypes.unexpectedResponse,
        title: 'Unexpected Response',
        detail: `The Ed-Fi API answered ${res.url || 'a request'} with data this app does not understand.`,
        errors: hasIssues(cause) ? cause.issues.map((i) => `${i.path.map(String).join('.') || '$'}: ${i.message}`) : undefined,
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

/** A zod error, or the same shape from a hand-written body check. */
function hasIssues(cause: unknown): cause is { issues: { path: PropertyKey[]; message: string }[] } {
  return typeof cause === 'object' && cause !== null && Array.isArray((cause as { issues?: unknown }).issues)
}
