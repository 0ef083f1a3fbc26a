export type ServerProduct = 'ods-api' | 'ed-fi-api-8' | 'unknown'

/** `unsupported`: the server has no Use-Snapshot at all (6.2, API 8); `none`: it could, but has none. */
export type SnapshotSupport = 'available' | 'none' | 'unsupported'

export interface ServerCapabilities {
  product: ServerProduct
  apiVersion?: string
  dataStandard?: string
  cursorPaging: boolean
  partitions: boolean
  changeQueries: boolean
  keyChanges: boolean
  snapshot: SnapshotSupport
  routePlaceholders: string[]
  yearSpecific: boolean
  /** Request-body member names must match the contract's case exactly (API 8 drops others). */
  caseSensitiveMembers: boolean
  openApiMetadataUrl?: string
}

export interface DiscoveryFacts {
  version?: string
  applicationName?: string
  dataModels?: { name: string; version: string }[]
  urls: Record<string, string | undefined>
}

export interface ProbeResults {
  partitions: boolean
  cursorPaging: boolean
  changeQueries: boolean
  keyChanges: boolean
  snapshot?: boolean
}

// Braces may arrive percent-encoded once a URL has been through `new URL()`.
const PLACEHOLDER = /(?:\{|%7B)([A-Za-z]\w*)(?:\}|%7D)/gi
const YEAR_PLACEHOLDERS = new Set(['schoolYearFromRoute', 'schoolYear'])

export function routePlaceholders(urls: Record<string, string | undefined>): string[] {
  const names = new Set<string>()
  for (const url of Object.values(urls)) for (const match of (url ?? '').matchAll(PLACEHOLDER)) names.add(match[1]!)
  return [...names]
}

/** The DMS names itself "Ed-Fi API" and serves data at …/data (no /v3); the ODS at …/data/v3. */
export function productOf(discovery: DiscoveryFacts): ServerProduct {
  const dataUrl = discovery.urls.dataManagementApi ?? ''
  if (/\/data\/v3(\/|$)/.test(dataUrl)) return 'ods-api'
  if (discovery.applicationName === 'Ed-Fi API' || /\/data\/?$/.test(dataUrl)) return 'ed-fi-api-8'
  return 'unknown'
}

/** Only ODS/API 7.x answers Use-Snapshot; 6.2 and API 8 ignore the header, so a probe would lie. */
export function hasUseSnapshot(discovery: DiscoveryFacts): boolean {
  return productOf(discovery) === 'ods-api' && /^7\./.test(discovery.version ?? '')
}

export function isYearSpecific(discovery: DiscoveryFacts): boolean {
  const dataUrl = discovery.urls.dataManagementApi ?? ''
  return routePlaceholders({ dataUrl }).some((name) => YEAR_PLACEHOLDERS.has(name)) || /\/(20\d\d)(\/|$)/.test(dataUrl)
}

export function capabilitiesFrom(discovery: DiscoveryFacts, probes: ProbeResults): ServerCapabilities {
  const product = productOf(discovery)
  const edFi = discovery.dataModels?.find((model) => model.name.toLowerCase() === 'ed-fi')
  return {
    product,
    apiVersion: discovery.version,
    dataStandard: edFi?.version,
    cursorPaging: probes.cursorPaging,
    partitions: probes.partitions,
    changeQueries: probes.changeQueries,
    keyChanges: probes.changeQueries && probes.keyChanges,
    snapshot: probes.snapshot === undefined ? 'unsupported' : probes.snapshot ? 'available' : 'none',
    routePlaceholders: routePlaceholders(discovery.urls),
    yearSpecific: isYearSpecific(discovery),
    caseSensitiveMembers: product === 'ed-fi-api-8',
    openApiMetadataUrl: discovery.urls.openApiMetadata,
  }
}

export type WholeSetWalk = 'partitions' | 'offset-parallel' | 'offset-sequential'

export function wholeSetWalk(capabilities: ServerCapabilities, snapshot: boolean): WholeSetWalk {
  if (capabilities.partitions && capabilities.cursorPaging) return 'partitions'
  // Numbered pages only hold still over a frozen copy; over live data rows may shift between pages.
  return snapshot && capabilities.snapshot === 'available' ? 'offset-parallel' : 'offset-sequential'
}

export function fillRoute(url: string, values: Readonly<Record<string, string>>): string {
  return url.replace(PLACEHOLDER, (whole, name: string) => (values[name] ? encodeURIComponent(values[name]) : whole))
}

export const FULL_CAPABILITIES: ServerCapabilities = {
  product: 'ods-api',
  cursorPaging: true,
  partitions: true,
  changeQueries: true,
  keyChanges: true,
  snapshot: 'available',
  routePlaceholders: [],
  yearSpecific: false,
  caseSensitiveMembers: false,
}
