import { z } from 'zod'
import { sendConnectionRequest } from './connection-fetch.ts'
import { notEdFi, serverError } from './connection-problems.ts'

export const discoverySchema = z.object({
  version: z.string().optional(),
  applicationName: z.string().optional(),
  informationalVersion: z.string().optional(),
  build: z.string().optional(),
  dataModels: z.array(z.object({ name: z.string(), version: z.string(), informationalVersion: z.string().optional() })).optional(),
  urls: z.object({
    oauth: z.string().min(1),
    dataManagementApi: z.string().min(1),
    changeQueries: z.string().optional(),
    openApiMetadata: z.string().optional(),
    dependencies: z.string().optional(),
  }),
})

export type Discovery = z.infer<typeof discoverySchema>

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

function absolute(url: string, base: string): string {
  try {
    return new URL(url, `${base}/`).href
  } catch {
    return url
  }
}

export async function getDiscovery(apiRoot: string, signal?: AbortSignal): Promise<Discovery> {
  const url = `${apiRoot}/`
  const res = await sendConnectionRequest(url, { headers: { Accept: 'application/json' }, signal })
  if (res.status >= 500) throw serverError(url, res.status)
  if (!res.ok) throw notEdFi(url, res.status, `it answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`)
  const text = await res.text()
  const json = parseJson(text)
  if (!json.ok) {
    const html = (res.headers.get('content-type') ?? '').includes('html') || /^\s*</.test(text)
    throw notEdFi(url, res.status, html ? 'it answered with a web page (HTML), not JSON' : 'its answer is not JSON')
  }
  const parsed = discoverySchema.safeParse(json.value)
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => {
      const path = issue.path.join('.')
      return path === '' || path === 'urls' ? 'urls.dataManagementApi and urls.oauth' : path
    })
    throw notEdFi(url, res.status, `it answered JSON without a valid ${[...new Set(fields)].join(', ')}`)
  }
  const discovery = parsed.data
  const { urls } = discovery
  return {
    ...discovery,
    urls: {
      ...urls,
      oauth: absolute(urls.oauth, apiRoot),
      dataManagementApi: absolute(urls.dataManagementApi, apiRoot),
      changeQueries: urls.changeQueries === undefined ? undefined : absolute(urls.changeQueries, apiRoot),
    },
  }
}
