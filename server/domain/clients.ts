import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export interface ApiClient {
  key: string
  secret: string
  name: string
  educationOrganizationIds: number[]
  admin?: boolean
}

export const DEFAULT_CLIENTS_FILE = fileURLToPath(new URL('../clients.json', import.meta.url))

export function loadClients(path: string = DEFAULT_CLIENTS_FILE): ApiClient[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { clients?: unknown }
  if (!Array.isArray(parsed.clients)) throw new Error(`${path}: expected { "clients": [...] }`)
  return parsed.clients.map((raw, index) => {
    const c = raw as Partial<ApiClient>
    if (typeof c.key !== 'string' || typeof c.secret !== 'string' || !Array.isArray(c.educationOrganizationIds)) {
      throw new Error(`${path}: client #${index} needs key, secret and educationOrganizationIds`)
    }
    const educationOrganizationIds = c.educationOrganizationIds.map(Number)
    return { key: c.key, secret: c.secret, name: c.name ?? c.key, educationOrganizationIds, admin: c.admin === true }
  })
}
