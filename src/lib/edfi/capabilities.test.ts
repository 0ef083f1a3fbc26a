import { describe, expect, it } from 'vitest'
import {
  capabilitiesFrom,
  fillRoute,
  hasUseSnapshot,
  productOf,
  wholeSetWalk,
  type DiscoveryFacts,
  type ProbeResults,
} from './capabilities.ts'
import v62 from './fixtures/discovery-6.2.json'
import v62Year from './fixtures/discovery-6.2-year-specific.json'
import v71 from './fixtures/discovery-7.1.json'
import v72Tenant from './fixtures/discovery-7.2-multitenant-year.json'
import v73 from './fixtures/discovery-7.3.json'
import v8 from './fixtures/discovery-8.json'

// Capability detection from discovery documents recorded per release (fixtures/README.md).

const none: ProbeResults = { partitions: false, cursorPaging: false, changeQueries: false, keyChanges: false }
const all: ProbeResults = { partitions: true, cursorPaging: true, changeQueries: true, keyChanges: true, snapshot: true }

describe('capabilities from recorded discovery documents', () => {
  it('tells the ODS/API from the Ed-Fi API 8 by its data path', () => {
    expect([v62, v62Year, v71, v72Tenant, v73].map((d) => productOf(d as DiscoveryFacts))).toEqual(Array(5).fill('ods-api'))
    expect(productOf(v8 as DiscoveryFacts)).toBe('ed-fi-api-8')
  })

  it('reads the data standard: 4.0.0 on 6.2, 5.0.0 on 7.1 (the TPDM model is not it), 5.2.0 on 7.3 and 8', () => {
    expect(capabilitiesFrom(v62 as DiscoveryFacts, none).dataStandard).toBe('4.0.0')
    expect(capabilitiesFrom(v71 as DiscoveryFacts, none).dataStandard).toBe('5.0.0')
    expect(capabilitiesFrom(v73 as DiscoveryFacts, all).dataStandard).toBe('5.2.0')
    expect(capabilitiesFrom(v8 as DiscoveryFacts, none).dataStandard).toBe('5.2.0')
  })

  it('asks Use-Snapshot only of ODS/API 7.x: 6.2 and API 8 ignore the header, so a probe there would lie', () => {
    expect(hasUseSnapshot(v62 as DiscoveryFacts)).toBe(false)
    expect(hasUseSnapshot(v71 as DiscoveryFacts)).toBe(true)
    expect(hasUseSnapshot(v73 as DiscoveryFacts)).toBe(true)
    expect(hasUseSnapshot(v8 as DiscoveryFacts)).toBe(false)
    expect(capabilitiesFrom(v62 as DiscoveryFacts, { ...none, snapshot: undefined }).snapshot).toBe('unsupported')
    expect(capabilitiesFrom(v71 as DiscoveryFacts, { ...none, snapshot: false }).snapshot).toBe('none')
  })

  it('finds year-specific routes: a year written in (6.2) or a placeholder (7.x tenant + year, API 8 qualifiers)', () => {
    expect(capabilitiesFrom(v62 as DiscoveryFacts, none).yearSpecific).toBe(false)
    expect(capabilitiesFrom(v62Year as DiscoveryFacts, none)).toMatchObject({ yearSpecific: true, routePlaceholders: [] })
    expect(capabilitiesFrom(v72Tenant as DiscoveryFacts, none)).toMatchObject({
      yearSpecific: true,
      routePlaceholders: ['tenantIdentifier', 'schoolYearFromRoute'],
    })
    expect(capabilitiesFrom(v8 as DiscoveryFacts, none)).toMatchObject({ yearSpecific: true, routePlaceholders: ['schoolYear'] })
  })

  it('fills placeholders, leaving ones without a value for the user to supply', () => {
    expect(fillRoute(v72Tenant.urls.dataManagementApi, { tenantIdentifier: 'north', schoolYearFromRoute: '2026' })).toBe(
      'https://ods.state.example/api/north/2026/data/v3/',
    )
    expect(fillRoute(v8.urls.oauth, {})).toBe('https://dms.district.example/{schoolYear}/oauth/token')
  })

  it('marks API 8 as strict about member-name case; key changes need change queries', () => {
    expect(capabilitiesFrom(v8 as DiscoveryFacts, none).caseSensitiveMembers).toBe(true)
    expect(capabilitiesFrom(v73 as DiscoveryFacts, all).caseSensitiveMembers).toBe(false)
    expect(capabilitiesFrom(v71 as DiscoveryFacts, { ...none, keyChanges: true }).keyChanges).toBe(false)
  })

  it('chooses how to read a whole set: partitions, numbered pages in parallel over a snapshot, or one by one', () => {
    const caps73 = capabilitiesFrom(v73 as DiscoveryFacts, all)
    const caps71 = capabilitiesFrom(v71 as DiscoveryFacts, { ...none, snapshot: true })
    expect(wholeSetWalk(caps73, false)).toBe('partitions')
    expect(wholeSetWalk(caps71, true)).toBe('offset-parallel')
    expect(wholeSetWalk(caps71, false)).toBe('offset-sequential')
  })
})
