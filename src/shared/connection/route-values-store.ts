// Values for the route placeholders a server's discovery leaves in its URLs ({schoolYearFromRoute},
// {schoolYear}, {tenantIdentifier}, {instance}), per API root, kept in localStorage (they are not
// secrets). A year-specific server without a chosen year reads the current calendar year, as
// ODS/API 6.2's own discovery does ("currentYear" in its year-specific URLs).

const STORAGE_KEY = 'edfi-steward.route-values.v1'
export const YEAR_PLACEHOLDERS = ['schoolYearFromRoute', 'schoolYear'] as const

type Values = Readonly<Record<string, string>>

export interface RouteValuesStore {
  get(apiRoot: string): Values
  set(apiRoot: string, name: string, value: string): void
  subscribe(listener: () => void): () => void
}

function readAll(storage: Storage | undefined): Record<string, Record<string, string>> {
  try {
    const parsed = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}') as unknown
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, Record<string, string>>) : {}
  } catch {
    return {}
  }
}

export function defaultRouteValues(today = new Date()): Values {
  const year = String(today.getFullYear())
  return Object.fromEntries(YEAR_PLACEHOLDERS.map((name) => [name, year]))
}

export function createRouteValuesStore(storage?: Storage, today?: () => Date): RouteValuesStore {
  let all = readAll(storage)
  const listeners = new Set<() => void>()
  return {
    get: (apiRoot) => ({ ...defaultRouteValues(today?.()), ...all[apiRoot] }),
    set(apiRoot, name, value) {
      // Both year placeholders name the same thing (ODS/API 7.x and API 8 spell it differently).
      const names = (YEAR_PLACEHOLDERS as readonly string[]).includes(name) ? YEAR_PLACEHOLDERS : [name]
      all = { ...all, [apiRoot]: { ...all[apiRoot], ...Object.fromEntries(names.map((n) => [n, value.trim()])) } }
      try {
        storage?.setItem(STORAGE_KEY, JSON.stringify(all))
      } catch {
        // Storage full or blocked: the value still applies to this page.
      }
      listeners.forEach((listener) => listener())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
