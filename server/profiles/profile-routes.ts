import type { ServerProfile } from './server-profile.ts'

// Where each part of the API lives for a profile. Year-specific routes differ by release:
// ODS/API 6.2 puts the year after the API segment (/data/v3/2026/ed-fi/…, /changeQueries/v1/2026/…),
// ODS/API 7.x puts its ODS context before it (/2026/data/v3/ed-fi/…, OdsContextRouteTemplate
// "{schoolYearFromRoute}"), and the Ed-Fi API 8 likewise (/2026/data/ed-fi/…, RouteQualifierSegments).

export interface ProfileRoutes {
  data: string
  changeQueries: string
  oauth: string
}

export function profileRoutes(profile: ServerProfile): ProfileRoutes {
  if (profile.routes === 'shared') return { data: profile.dataPath, changeQueries: '/changeQueries/v1', oauth: '' }
  const year = String(profile.routeYear)
  if (profile.id === '6.2') return { data: `/data/v3/${year}`, changeQueries: `/changeQueries/v1/${year}`, oauth: '' }
  return { data: `/${year}${profile.dataPath}`, changeQueries: `/${year}/changeQueries/v1`, oauth: `/${year}` }
}

export function yearPlaceholder(profile: ServerProfile): string {
  return profile.id === '8' ? '{schoolYear}' : '{schoolYearFromRoute}'
}
