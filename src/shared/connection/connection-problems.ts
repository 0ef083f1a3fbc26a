import { ApiError } from '../../lib/api-error.ts'

export const connectionProblemTypes = {
  badCredentials: 'urn:steward:connection:bad-credentials',
  tokenRefused: 'urn:steward:connection:token-refused',
  unreachable: 'urn:steward:connection:unreachable',
  cors: 'urn:steward:connection:cors',
  notEdFi: 'urn:steward:connection:not-edfi',
  serverError: 'urn:steward:connection:server-error',
  secretMissing: 'urn:steward:connection:secret-missing',
  secretWithheld: 'urn:steward:connection:secret-withheld',
} as const

export type ConnectionProblem = keyof typeof connectionProblemTypes

export function connectionProblemOf(error: unknown): ConnectionProblem | undefined {
  if (!(error instanceof ApiError)) return undefined
  const entry = Object.entries(connectionProblemTypes).find(([, type]) => type === error.type)
  return entry?.[0] as ConnectionProblem | undefined
}

export const CORS_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Use-Snapshot', 'correlation-id']
export const CORS_EXPOSED_HEADERS = ['ETag', 'Location', 'Total-Count', 'Next-Page-Token']

const originOf = (url: string) => {
  try {
    return new URL(url).origin
  } catch {
    return url
  }
}

export function badCredentials(tokenUrl: string, status: number): ApiError {
  return new ApiError({
    status,
    type: connectionProblemTypes.badCredentials,
    title: 'Credentials refused',
    detail:
      `The key or secret was not accepted by ${originOf(tokenUrl)}. Check both ` +
      'for typing mistakes and that this API client is enabled on that server.',
  })
}

export function tokenRefused(tokenUrl: string, status: number, reason: string): ApiError {
  return new ApiError({
    status,
    type: connectionProblemTypes.tokenRefused,
    title: 'No access token',
    detail: `The token endpoint ${tokenUrl} refused to issue an access token: ${reason}.`,
  })
}

export function unreachable(url: string, cause: unknown, pageOrigin: string | undefined): ApiError {
  const errors: string[] = []
  if (pageOrigin?.startsWith('https:') && url.startsWith('http:')) {
    errors.push(
      'This page was loaded over https, and browsers block requests to plain ' +
        'http addresses (mixed content). Use the https address of the API.',
    )
  }
  return new ApiError(
    {
      status: 0,
      type: connectionProblemTypes.unreachable,
      title: 'The API could not be reached',
      detail: `No answer from ${url}. Check the address, that the server is running, and your network connection, then try again.`,
      errors,
    },
    { cause },
  )
}

export function corsBlocked(url: string, cause: unknown, pageOrigin: string): ApiError {
  return new ApiError(
    {
      status: 0,
      type: connectionProblemTypes.cors,
      title: 'The browser blocked the answer (CORS)',
      detail:
        `${originOf(url)} answered, but it does not allow pages from ${pageOrigin} to read its answers. ` +
        `Ask the API's administrator to allow this origin (cross-origin resource sharing, CORS):`,
      errors: [
        `Access-Control-Allow-Origin: ${pageOrigin} (or *)`,
        `Access-Control-Allow-Headers: ${CORS_REQUEST_HEADERS.join(', ')}`,
        'Access-Control-Allow-Methods: GET, POST, PUT, DELETE',
        `Access-Control-Expose-Headers: ${CORS_EXPOSED_HEADERS.join(', ')}`,
      ],
    },
    { cause },
  )
}

export function notEdFi(url: string, status: number, reason: string): ApiError {
  return new ApiError({
    status,
    type: connectionProblemTypes.notEdFi,
    title: 'Not an Ed-Fi API',
    detail:
      `${url} is not an Ed-Fi API root: ${reason}. An Ed-Fi API root answers with a discovery document ` +
      'that lists urls.dataManagementApi and urls.oauth, for example https://api.ed-fi.org/v7.3/api.',
  })
}

export function serverError(url: string, status: number): ApiError {
  return new ApiError({
    status,
    type: connectionProblemTypes.serverError,
    title: 'The API has a problem',
    detail:
      `${url} answered ${status}: the server failed, not your settings. ` +
      `Try again in a moment; if it persists, tell the API's administrator.`,
  })
}

export function secretMissing(): ApiError {
  return new ApiError({
    status: 0,
    type: connectionProblemTypes.secretMissing,
    title: 'Secret needed',
    detail:
      'Enter the client secret for this connection on the Connection screen. Secrets are not kept ' +
      'after the page is closed or reloaded unless you tick “Remember the secret for this tab”.',
  })
}

export function secretWithheld(tokenUrl: string): ApiError {
  return new ApiError({
    status: 0,
    type: connectionProblemTypes.secretWithheld,
    title: 'Secret not sent',
    detail: `The key and secret were not sent to ${originOf(tokenUrl)}, because you did not confirm that address. Check the API root with the API's administrator, then test the connection again.`,
  })
}
