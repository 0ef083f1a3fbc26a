import { profileRoutes, yearPlaceholder } from './profile-routes.ts'
import type { ServerProfile } from './server-profile.ts'

// GET {apiRoot}/ as each release writes it (sources: docs/research/edfi-versions.md §Discovery):
// 6.2 VersionController (apiMode, the current year written into year-specific URLs), 7.x
// VersionController (VersionResponse record, route placeholders for the ODS context) and the
// Ed-Fi API 8 DiscoveryEndpointModule (applicationName, /data, /metadata/specifications, tokenInfo).

export function discoveryDocument(profile: ServerProfile, root: string, changeQueries: boolean): Record<string, unknown> {
  const dataModels = [profile.dataModel]
  if (profile.id === '8') return dmsDiscovery(profile, root, dataModels)
  if (profile.id === '6.2') return ods62Discovery(profile, root, dataModels, changeQueries)
  const base = profile.routes === 'year-specific' ? `${root}/${yearPlaceholder(profile)}` : root
  const urls: Record<string, string> = {
    dependencies: `${base}/metadata/data/v3/dependencies`,
    openApiMetadata: `${base}/metadata/`,
    oauth: `${base}/oauth/token`,
    ...(profile.id === '7.3' ? { oauthTokenIntrospection: `${base}/oauth/token_info` } : {}),
    dataManagementApi: `${base}/data/v3/`,
    xsdMetadata: `${base}/metadata/xsd`,
    ...(changeQueries ? { changeQueries: `${base}/changeQueries/v1/` } : {}),
  }
  return { version: profile.version, informationalVersion: profile.version, suite: '3', build: profile.build, dataModels, urls }
}

function ods62Discovery(profile: ServerProfile, root: string, dataModels: unknown[], changeQueries: boolean) {
  const yearSpecific = profile.routes === 'year-specific'
  const year = yearSpecific ? String(profile.routeYear) : ''
  const routes = profileRoutes(profile)
  const urls: Record<string, string> = {
    dependencies: `${root}/metadata/data/v3/${yearSpecific ? `${year}/` : ''}dependencies`,
    openApiMetadata: `${root}/metadata/${year}`,
    oauth: `${root}/oauth/token`,
    dataManagementApi: `${root}/data/v3/${year}`,
    xsdMetadata: `${root}/metadata/${yearSpecific ? `${year}/` : ''}xsd`,
    ...(changeQueries ? { changeQueries: `${root}${routes.changeQueries}${yearSpecific ? '' : '/'}` } : {}),
  }
  return {
    version: profile.version,
    informationalVersion: profile.version,
    suite: '3',
    build: profile.build,
    apiMode: yearSpecific ? 'Year Specific' : 'Shared Instance',
    dataModels,
    urls,
  }
}

function dmsDiscovery(profile: ServerProfile, root: string, dataModels: unknown[]) {
  const base = profile.routes === 'year-specific' ? `${root}/${yearPlaceholder(profile)}` : root
  return {
    version: profile.version,
    applicationName: profile.applicationName,
    informationalVersion: `${profile.version}+embedded`,
    dataModels,
    urls: {
      dependencies: `${base}/metadata/dependencies`,
      openApiMetadata: `${base}/metadata/specifications`,
      oauth: `${base}/oauth/token`,
      tokenInfo: `${base}/oauth/token_info`,
      dataManagementApi: `${base}/data`,
      changeQueries: `${base}/changeQueries/v1/`,
      xsdMetadata: `${base}/metadata/xsd`,
    },
  }
}
