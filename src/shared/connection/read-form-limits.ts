import { DS52_FORM_LIMITS, formLimitsFromOpenApi, type SessionFormLimits } from '../../entities/sessions/session-form-limits.ts'
import type { Discovery } from './discovery.ts'

// The server's own form rules, read once per connection from the OpenAPI metadata discovery names:
// ODS/API `urls.openApiMetadata` (`…/metadata/`) and the Ed-Fi API 8 (`…/metadata/specifications`)
// both answer a list of sections whose "Resources" entry points at the resources document. Metadata
// is public in both, so no token is sent. Any failure (no URL, 404, not JSON, no session schema)
// gives the DS 5.2 rules the app ships: the server still validates every write.

interface MetadataSection {
  name?: unknown
  endpointUri?: unknown
}

export interface FormLimitsTarget {
  discovery: Discovery
  apiRoot: string
  route: (url: string) => string
  signal?: AbortSignal
}

async function getJson(url: string, signal?: AbortSignal): Promise<unknown> {
  const res = await globalThis.fetch(url, { headers: { Accept: 'application/json' }, signal })
  if (!res.ok) throw new Error(`${url} answered ${res.status}`)
  return res.json() as Promise<unknown>
}

function resourcesUrl(sections: unknown): string | undefined {
  if (!Array.isArray(sections)) return undefined
  const entry = (sections as MetadataSection[]).find((s) => typeof s?.name === 'string' && s.name.toLowerCase() === 'resources')
  return typeof entry?.endpointUri === 'string' ? entry.endpointUri : undefined
}

export async function readFormLimits(target: FormLimitsTarget): Promise<SessionFormLimits> {
  const { discovery, apiRoot, route, signal } = target
  const listUrl = discovery.urls.openApiMetadata ? route(discovery.urls.openApiMetadata) : undefined
  try {
    if (!listUrl) return DS52_FORM_LIMITS
    const listed = await getJson(new URL(listUrl, `${apiRoot}/`).href, signal)
    // A host may point openApiMetadata straight at the document instead of the list.
    const endpoint = resourcesUrl(listed)
    const doc = endpoint ? await getJson(new URL(route(endpoint), `${apiRoot}/`).href, signal) : listed
    return formLimitsFromOpenApi(doc) ?? DS52_FORM_LIMITS
  } catch {
    return DS52_FORM_LIMITS
  }
}
