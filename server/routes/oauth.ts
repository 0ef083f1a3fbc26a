import { randomBytes } from 'node:crypto'
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ApiClient } from '../domain/clients.ts'
import { parseJson } from './body-parsers.ts'
import { secretsMatch } from '../domain/tokens.ts'

const UNKNOWN_CLIENT_SECRET = randomBytes(24).toString('hex')

// POST /oauth/token as the v7.3 Postman suite pins it down: OAuth error objects, not problem details.

type OAuthError = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope'

function oauthError(reply: FastifyReply, status: number, error: OAuthError, description?: string): FastifyReply {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .header('content-type', 'application/json; charset=utf-8')
    .send(JSON.stringify(description ? { error, error_description: description } : { error }))
}

type Fields = Record<string, unknown>

function readFields(body: unknown): Fields {
  if (typeof body === 'string') {
    const parsed = parseJson(body)
    return parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as Fields) : {}
  }
  return typeof body === 'object' && body !== null ? (body as Fields) : {}
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

type Credentials = { key: string; secret: string } | { error: OAuthError; status: number } | undefined

function readBasic(header: string | undefined): Credentials {
  if (header === undefined) return undefined
  const match = /^Basic\s+(.*)$/i.exec(header.trim())
  if (!match) return { error: 'invalid_client', status: 401 }
  const encoded = match[1]!.trim()
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return { error: 'invalid_request', status: 400 }
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return { error: 'invalid_request', status: 400 }
  return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) }
}

export async function oauthRoutes(app: FastifyInstance): Promise<void> {
  app.post('/oauth/token', async (request, reply) => {
    const fields = readFields(request.body)
    const grantType = text(fields.grant_type)
    if (!grantType) return oauthError(reply, 400, 'invalid_request')
    if (grantType !== 'client_credentials') return oauthError(reply, 400, 'unsupported_grant_type')

    const basic = readBasic(request.headers.authorization)
    if (basic && 'error' in basic) return oauthError(reply, basic.status, basic.error)
    // v7.3 TokenController: credentials in both places are ambiguous, so refused.
    if (basic && (fields.client_id !== undefined || fields.client_secret !== undefined)) return oauthError(reply, 400, 'invalid_client')
    const key = basic?.key ?? text(fields.client_id) ?? ''
    const secret = basic?.secret ?? text(fields.client_secret) ?? ''
    if (!key || !secret) return oauthError(reply, 401, 'invalid_request')

    const client = app.ctx.clients.find((c) => c.key === key)
    // An unknown key costs the same comparison as a wrong secret.
    if (!secretsMatch(client?.secret ?? UNKNOWN_CLIENT_SECRET, secret) || !client) return oauthError(reply, 401, 'invalid_client')

    let granted: ApiClient = client
    const scope = text(fields.scope)?.trim()
    if (scope) {
      if (!/^\d+$/.test(scope)) {
        return oauthError(
          reply,
          400,
          'invalid_scope',
          "The supplied 'scope' was not a number (it should be an EducationOrganizationId that is explicitly associated with the client).",
        )
      }
      if (!client.educationOrganizationIds.includes(Number(scope))) {
        return oauthError(
          reply,
          400,
          'invalid_scope',
          "The client is not explicitly associated with the EducationOrganizationId specified in the requested 'scope'.",
        )
      }
      granted = { ...client, educationOrganizationIds: [Number(scope)] }
    }

    const issued = app.ctx.tokens.issue(granted)
    return reply
      .code(200)
      .header('cache-control', 'no-store')
      .header('content-type', 'application/json; charset=utf-8')
      .send(
        JSON.stringify({
          access_token: issued.accessToken,
          expires_in: issued.expiresIn,
          token_type: 'bearer',
          ...(scope ? { scope } : {}),
        }),
      )
  })
}
