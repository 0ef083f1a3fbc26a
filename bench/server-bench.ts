// npm run bench:server: the embedded Ed-Fi API on 100,000 sessions, measured side by side in one run.
//  1. GET sessions?limit=500 requests/s vs a bare node:http server sending the same bytes (goal >= 0.5)
//  2. a page at offset 99,500 vs offset 0, and the last cursor page vs the first (cursor stays flat)
//  3. POST upserts per second
// Env: BENCH_SESSIONS (100000), BENCH_SECONDS (5 per throughput run), BENCH_CONCURRENCY (8).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fmt, measureThroughput, medianLatency } from './lib/load.ts'
import { freePort, startProcess, stop } from './lib/processes.ts'
import { seedBenchDatabase } from './lib/seed-database.ts'

const sessions = Number(process.env.BENCH_SESSIONS ?? 100_000)
const seconds = Number(process.env.BENCH_SECONDS ?? 5)
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8)
const dir = mkdtempSync(join(tmpdir(), 'edfi-bench-'))
const dbPath = join(dir, 'ods.sqlite')

console.log(`bench:server — ${sessions.toLocaleString('en-US')} sessions, ${seconds} s per throughput run, concurrency ${concurrency}`)
seedBenchDatabase(dbPath, sessions)

// Two servers on the same database file: as shipped (page cache on) and with the cache off, to
// show the uncached cost of reading a page (its stored bodies, decision 016) next to the cached one.
const apiPort = await freePort()
const api = `http://127.0.0.1:${apiPort}/api`
const server = await startProcess(
  'server/main.ts',
  { PORT: String(apiPort), DB_PATH: dbPath, SNAPSHOTS: 'off', STATIC_DIR: 'none' },
  `${api}/`,
)
const coldPort = await freePort()
const coldApi = `http://127.0.0.1:${coldPort}/api`
const coldServer = await startProcess(
  'server/main.ts',
  { PORT: String(coldPort), DB_PATH: dbPath, SNAPSHOTS: 'off', STATIC_DIR: 'none', PAGE_CACHE: 'off' },
  `${coldApi}/`,
)
const bare = { process: undefined as Awaited<ReturnType<typeof startProcess>> | undefined }
try {
  const bearer = async (root: string) => {
    const tokenRes = await fetch(`${root}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: 'RvcohKz9zHI4', client_secret: 'E1iEFusaNf81xzCxwHfbolkC' }),
    })
    return { authorization: `Bearer ${((await tokenRes.json()) as { access_token: string }).access_token}` }
  }
  const auth = await bearer(api)
  const coldAuth = await bearer(coldApi)
  const sessionsUrl = `${api}/data/v3/ed-fi/sessions`
  const coldSessionsUrl = `${coldApi}/data/v3/ed-fi/sessions`

  // 1. Throughput against the bare baseline serving the very same bytes.
  const page = Buffer.from(await (await fetch(`${sessionsUrl}?limit=500`, { headers: auth })).arrayBuffer())
  const bodyFile = join(dir, 'page.json')
  writeFileSync(bodyFile, page)
  const barePort = await freePort()
  bare.process = await startProcess(
    'bench/bare-server.ts',
    { PORT: String(barePort), BODY_FILE: bodyFile },
    `http://127.0.0.1:${barePort}/`,
  )
  const bareResult = await measureThroughput(`http://127.0.0.1:${barePort}/sessions`, { concurrency, seconds })
  const apiResult = await measureThroughput(`${sessionsUrl}?limit=500`, { concurrency, seconds, headers: auth })
  const coldResult = await measureThroughput(`${coldSessionsUrl}?limit=500`, { concurrency, seconds, headers: coldAuth })
  console.log(`\nGET sessions?limit=500 (${fmt(page.length / 1024, 0)} KiB per page)`)
  console.log(`  bare node:http, same bytes : ${fmt(bareResult.perSecond)} req/s`)
  console.log(
    `  embedded Ed-Fi API         : ${fmt(apiResult.perSecond)} req/s  ratio to bare ${fmt(apiResult.perSecond / bareResult.perSecond, 2)} (goal >= 0.50)`,
  )
  console.log(
    `  same, page cache off       : ${fmt(coldResult.perSecond)} req/s  ratio to bare ${fmt(coldResult.perSecond / bareResult.perSecond, 2)} (every request reads the 500 stored bodies)`,
  )

  // 2. Deep pages: offset paging vs cursor paging.
  // Measured on the cache-off server: the real cost of finding the page.
  const first = await medianLatency(`${coldSessionsUrl}?limit=500&offset=0`, coldAuth)
  const deep = await medianLatency(`${coldSessionsUrl}?limit=500&offset=${Math.max(0, sessions - 500)}`, coldAuth)
  // One partition = the whole set; walk its cursor once to learn the last page's token.
  const partitions = (await (await fetch(`${coldSessionsUrl}/partitions?number=1`, { headers: coldAuth })).json()) as {
    pageTokens: string[]
  }
  const firstToken = partitions.pageTokens[0]!
  let lastToken = firstToken
  let next: string | null = firstToken
  while (next) {
    const res: Response = await fetch(`${coldSessionsUrl}?pageSize=500&pageToken=${encodeURIComponent(next)}`, { headers: coldAuth })
    const items = (await res.json()) as unknown[]
    if (items.length > 0) lastToken = next // the page after the last one is empty
    next = res.headers.get('next-page-token')
  }
  const cursorFirst = await medianLatency(`${coldSessionsUrl}?pageSize=500&pageToken=${encodeURIComponent(firstToken)}`, coldAuth)
  const cursorLast = await medianLatency(`${coldSessionsUrl}?pageSize=500&pageToken=${encodeURIComponent(lastToken)}`, coldAuth)
  console.log('\nPage of 500, median latency (page cache off)')
  console.log(`  offset 0                   : ${fmt(first, 2)} ms`)
  console.log(`  offset ${String(Math.max(0, sessions - 500)).padEnd(20)}: ${fmt(deep, 2)} ms  (x${fmt(deep / first, 2)} of offset 0)`)
  console.log(`  cursor, first page         : ${fmt(cursorFirst, 2)} ms`)
  console.log(`  cursor, last page          : ${fmt(cursorLast, 2)} ms  (x${fmt(cursorLast / cursorFirst, 2)} of first page)`)

  // 3. POST upserts per second (new sessions, concurrency as above).
  let n = 0
  const postCount = Number(process.env.BENCH_POSTS ?? 2000)
  const started = performance.now()
  const postOne = async () => {
    while (n < postCount) {
      const i = n++
      const res = await fetch(sessionsUrl, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({
          sessionName: `Upsert Bench ${String(i).padStart(6, '0')}`,
          schoolReference: { schoolId: 255901001 },
          schoolYearTypeReference: { schoolYear: 2024 },
          termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
          beginDate: '2023-08-21',
          endDate: '2023-12-20',
          totalInstructionalDays: 80,
        }),
      })
      await res.arrayBuffer()
      if (res.status !== 201) throw new Error(`POST ${res.status}`)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, postOne))
  const postSeconds = (performance.now() - started) / 1000
  console.log(`\nPOST upserts (${postCount} new sessions, concurrency ${concurrency})`)
  console.log(`  ${fmt(postCount / postSeconds)} upserts/s`)
} finally {
  if (bare.process) await stop(bare.process)
  await stop(server)
  await stop(coldServer)
  rmSync(dir, { recursive: true, force: true })
}
