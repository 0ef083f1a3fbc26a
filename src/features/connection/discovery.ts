import { z } from 'zod'
import { fetchPublic, readJson } from '../../lib/api-client.ts'

// Ed-Fi Discovery API 1.0: GET {apiRoot}/ names the token endpoint and the data-management base,
// so the app never guesses URL layouts (they differ between ODS/API versions and hosts).
export const discoverySchema = z.object({
  version: z.string().optional(),
  dataModels: z.array(z.object({ name: z.string(), version: z.string() })).optional(),
  urls: z.object({
    oauth: z.string(),
    dataManagementApi: z.string(),
    changeQueries: z.string().optional(),
  }),
})

export type Discovery = z.infer<typeof discoverySchema>

export async function getDiscovery(apiRoot: string): Promise<Discovery> {
  const res = await fetchPublic(`${apiRoot}/`, { headers: { Accept: 'application/json' } })
  return readJson(res, discoverySchema)
}
