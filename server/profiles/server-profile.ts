// Which Ed-Fi API the embedded server plays (EDFI_PROFILE) and how its routes are laid out (ROUTES).
// Only behaviours a client can observe and that differ between releases are switched here; every
// switch cites its source in docs/research/edfi-versions.md. The default stays ODS/API 7.3.

export type ProfileId = '6.2' | '7.1' | '7.2' | '7.3' | '8'
export type RouteLayout = 'shared' | 'year-specific'

export interface ServerProfile {
  id: ProfileId
  version: string
  applicationName: string
  build: string
  dataModel: { name: string; version: string; informationalVersion: string }
  dataPath: '/data/v3' | '/data'
  cursorPaging: boolean
  useSnapshotHeader: boolean
  errorBodies: 'rest-error' | 'problem-details'
  caseSensitiveMembers: boolean
  routes: RouteLayout
  /** SessionName's maxLength in the served data standard: 60 (DS 4, 5.x) or 120 (DS 6, DATA_STANDARD=6). */
  sessionNameMaxLength: number
  routeYear: number
}

const DS4 = { name: 'Ed-Fi', version: '4.0.0', informationalVersion: 'The Ed-Fi Data Model 4.0' }
const DS5 = (minor: '5.0.0' | '5.1.0' | '5.2.0') => ({
  name: 'Ed-Fi',
  version: minor,
  informationalVersion: `The Ed-Fi Data Model ${minor.slice(0, 3)}`,
})

type ProfileBase = Omit<ServerProfile, 'routes' | 'routeYear' | 'sessionNameMaxLength'>

const ods = (id: ProfileId, build: string, dataModel: ServerProfile['dataModel']): ProfileBase => ({
  id,
  version: id,
  applicationName: 'Ed-Fi ODS / API (embedded)',
  build: `${build}-embedded`,
  dataModel,
  dataPath: '/data/v3',
  cursorPaging: id === '7.3',
  useSnapshotHeader: id.startsWith('7.'),
  errorBodies: id === '6.2' || id === '7.1' ? 'rest-error' : 'problem-details',
  caseSensitiveMembers: false,
})

export const PROFILES: Record<ProfileId, ProfileBase> = {
  '6.2': ods('6.2', '6.2.0.0', DS4),
  '7.1': ods('7.1', '7.1.0.0', DS5('5.0.0')),
  '7.2': ods('7.2', '7.2.0.0', DS5('5.1.0')),
  '7.3': ods('7.3', '7.3.0.0', DS5('5.2.0')),
  '8': {
    id: '8',
    version: '8.0.0',
    applicationName: 'Ed-Fi API',
    build: '8.0.0-embedded',
    dataModel: { name: 'ed-fi', version: '5.2.0', informationalVersion: 'Ed-Fi data standard 5.2.0' },
    dataPath: '/data',
    cursorPaging: false,
    useSnapshotHeader: false,
    errorBodies: 'problem-details',
    caseSensitiveMembers: true,
  },
}

export function isProfileId(value: string): value is ProfileId {
  return Object.hasOwn(PROFILES, value)
}

export function profileFromEnv(env: Record<string, string | undefined>, today = new Date()): ServerProfile {
  const id = env.EDFI_PROFILE ?? '7.3'
  if (!isProfileId(id)) throw new Error(`EDFI_PROFILE must be one of ${Object.keys(PROFILES).join(', ')} (got "${id}")`)
  const routes = env.ROUTES ?? 'shared'
  if (routes !== 'shared' && routes !== 'year-specific') throw new Error(`ROUTES must be shared or year-specific (got "${routes}")`)
  const routeYear = env.ROUTE_YEAR ? Number(env.ROUTE_YEAR) : today.getFullYear()
  if (!Number.isInteger(routeYear) || routeYear < 2000 || routeYear > 2099) throw new Error('ROUTE_YEAR must be a year from 2000 to 2099')
  return withDataStandard({ ...PROFILES[id], routes, routeYear, sessionNameMaxLength: 60 }, env.DATA_STANDARD)
}

const DS6 = { name: 'Ed-Fi', version: '6.0.0', informationalVersion: 'The Ed-Fi Data Model 6.0' }

/**
 * DATA_STANDARD=6: the server hosts Data Standard 6.0 (ODS/API 7.3 and the Ed-Fi API 8 can; see
 * docs/research/edfi-versions.md §1), whose SessionName is 120 characters long. Only that length
 * and discovery's data model change; the session members are the same in the official specs.
 */
export function withDataStandard(profile: ServerProfile, dataStandard: string | undefined): ServerProfile {
  if (dataStandard === undefined || dataStandard === '' || dataStandard === '5.2') return profile
  if (dataStandard !== '6') throw new Error(`DATA_STANDARD must be 5.2 or 6 (got "${dataStandard}")`)
  if (profile.id !== '7.3' && profile.id !== '8') throw new Error('DATA_STANDARD=6 needs EDFI_PROFILE 7.3 or 8')
  const dataModel = profile.id === '8' ? { ...DS6, name: 'ed-fi' } : DS6
  return { ...profile, dataModel, sessionNameMaxLength: 120 }
}

export const DEFAULT_PROFILE: ServerProfile = {
  ...PROFILES['7.3'],
  routes: 'shared',
  routeYear: new Date().getFullYear(),
  sessionNameMaxLength: 60,
}
