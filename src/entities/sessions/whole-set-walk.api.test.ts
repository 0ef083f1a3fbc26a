// readAllSessions on servers without /partitions and cursor paging (the embedded API playing
// ODS/API 7.2 and 6.2): numbered pages, in parallel over a snapshot, else one after another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { request } from '../../lib/api-client.ts'
import { connectToEmbeddedApi } from '../../testing/connect.ts'
import { startEmbeddedApi, type EmbeddedApi } from '../../testing/embedded-api.ts'
import { readAllSessions } from './read-all-sessions.ts'
import type { WholeSetWalk } from './whole-set-walk.ts'

async function idsAsTheApiLists(filters: string): Promise<string[]> {
  const res = await request(`ed-fi/sessions?limit=500&${filters}`)
  return ((await res.json()) as { id: string }[]).map((s) => s.id)
}

describe.each(['7.2', '6.2'])('EDFI_PROFILE=%s', (profile) => {
  let api: EmbeddedApi
  beforeAll(async () => {
    api = await startEmbeddedApi({ env: { EDFI_PROFILE: profile } })
  })
  afterAll(() => api.stop())

  it.each([true, false])('reads every session of a filtered set exactly once (snapshot %s)', async (snapshot) => {
    await connectToEmbeddedApi(api).capabilities()
    let walk: WholeSetWalk | undefined
    const sessions = await readAllSessions({ filters: { schoolYear: 2022 }, snapshot, pageSize: 3, onWalk: (w) => (walk = w) })
    expect(walk).toBe(snapshot && profile === '7.2' ? 'offset-parallel' : 'offset-sequential')
    const ids = sessions.map((s) => s.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.sort()).toEqual((await idsAsTheApiLists('schoolYear=2022')).sort())
    expect(ids.length).toBeGreaterThan(6)
  })
})
