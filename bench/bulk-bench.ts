// npm run bench:bulk: applying a 1,000-row plan in Chromium, side by side in one run. The page runs
// the app's own bulk engine (applyBatch: at most 6 writes in flight through the one network door,
// each update with its If-Match, every outcome stored in IndexedDB) against the baseline a simple
// tool would use: the same writes one after another through the same door. Both write disjoint but
// identical rows (1,000 creates, then 1,000 updates of what was created) to a server with 50 ms
// added per request (a district's remote ODS/API). Afterwards the API is read back: every row
// exactly once, none lost, updated values in place. The page's long tasks (PerformanceObserver)
// are counted while the engine runs, and the CPU time Chromium and the API use per row (from /proc:
// unlike wall-clock time, it does not move with the machine's load). As in the app, every bulk
// write is kept in the local journal (IndexedDB) through the save events. A warm-up round (60
// creates and updates, not timed) comes first.
// Goal: >= 5x faster than sequential, zero duplicate or lost rows, no long task over 200 ms.
// Env: BENCH_ROWS (1000), BENCH_LATENCY_MS (50), BENCH_PORT (8850), CHROMIUM_PATH (/usr/bin/chromium).
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { openDatabase } from '../server/db/database.ts'
import { seedReferenceData } from '../server/seed/index.ts'
import { buildBenchPage, launchBenchBrowser, openBenchPage } from './lib/bench-page.ts'
import { processTreeCpuMs } from './lib/cpu.ts'
import { fmt } from './lib/load.ts'
import { projectRoot, startApi, stop } from './lib/processes.ts'

const rows = Number(process.env.BENCH_ROWS ?? 1000)
const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 50)
const port = Number(process.env.BENCH_PORT ?? 8850)
const dir = mkdtempSync(join(tmpdir(), 'edfi-bench-bulk-'))
const distDir = join(dir, 'dist')

console.log(`bench:bulk — ${rows.toLocaleString('en-US')} rows, creates then updates, ${latencyMs} ms per request, Chromium`)

// Plain JavaScript bundled by Vite from the real src/ modules (not type-checked here).
const src = (path: string) => JSON.stringify(join(projectRoot, 'src', path))
const entry = `
import { connectApiClient } from ${src('lib/api-client.ts')}
import { createConnection } from ${src('shared/connection/create-connection.ts')}
import { applyBatch } from ${src('features/bulk/apply/apply-batch.ts')}
import { saveOutcomes } from ${src('features/bulk/apply/batch-store.ts')}
import { upsertSession, updateSession } from ${src('entities/sessions/write-session.ts')}
import { readAllSessions } from ${src('entities/sessions/read-all-sessions.ts')}
import { toSessionBody, sessionKeyOf } from ${src('entities/sessions/session-schema.ts')}
import { startLocalJournal } from ${src('features/history/local-journal.ts')}

connectApiClient(createConnection({ apiRoot: location.origin + '/api', clientKey: 'RvcohKz9zHI4', clientSecret: 'E1iEFusaNf81xzCxwHfbolkC' }))
startLocalJournal(() => ({ apiRoot: location.origin + '/api', clientKey: 'RvcohKz9zHI4' }))

const longTasks = []
new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e.duration) }).observe({ entryTypes: ['longtask'] })

const body = (prefix, i, year) => ({
  sessionName: prefix + ' ' + String(i).padStart(4, '0'),
  schoolReference: { schoolId: 255901001 },
  schoolYearTypeReference: { schoolYear: year },
  termDescriptor: 'uri://ed-fi.org/TermDescriptor#MiniTerm',
  beginDate: '2030-01-07', endDate: '2030-01-11', totalInstructionalDays: 5,
})
const createRows = (prefix, count, year) => Array.from({ length: count }, (_, i) => {
  const next = body(prefix, i, year)
  return { n: i + 1, action: 'create', key: sessionKeyOf(next), next, notes: [], problems: [] }
})
const updateRows = (sessions) => sessions.map((s, i) => {
  const current = toSessionBody(s)
  const next = { ...current, totalInstructionalDays: 4 }
  return { n: i + 1, action: 'update', key: sessionKeyOf(current), id: s.id, etag: s._etag, current, next, notes: [], problems: [] }
})

async function engine(batchRows, id) {
  const batch = { id, kind: 'import', title: id, connection: 'bench', createdAt: new Date().toISOString(), state: 'applying', rows: batchRows }
  const outcomes = []
  longTasks.length = 0
  const started = performance.now()
  await applyBatch({ batch, known: new Map(), checkFirst: false, signal: new AbortController().signal, onOutcome: (o) => outcomes.push(o), persist: (o) => saveOutcomes(id, o) })
  return { ms: performance.now() - started, statuses: count(outcomes.map((o) => o.status)), longTasks: [...longTasks] }
}

async function sequential(batchRows) {
  const statuses = []
  longTasks.length = 0
  const started = performance.now()
  for (const row of batchRows) {
    if (row.action === 'create') statuses.push((await upsertSession(row.next)).created ? 'created' : 'updated')
    else { await updateSession(row.id, row.next, { ifMatch: row.etag }); statuses.push('updated') }
  }
  return { ms: performance.now() - started, statuses: count(statuses), longTasks: [...longTasks] }
}

function count(values) { const c = {}; for (const v of values) c[v] = (c[v] ?? 0) + 1; return c }
const ofYear = (year) => readAllSessions({ filters: { schoolYear: year }, snapshot: false })

window.bulkBench = {
  // What an open app has done before Apply is pressed (token, discovery, connections, IndexedDB
  // open) and a warm JIT on both sides, so neither strategy pays start-up costs the other does not.
  async warmUp(year, count) {
    await engine(createRows('Bench warm-up', count, year), 'warm-up-creates')
    await engine(updateRows(await ofYear(year)), 'warm-up-updates')
  },
  async creates(strategy, year, count) {
    const batchRows = createRows(strategy === 'engine' ? 'Bench engine' : 'Bench sequential', count, year)
    return strategy === 'engine' ? engine(batchRows, 'creates-' + year) : sequential(batchRows)
  },
  async updates(strategy, year) {
    const batchRows = updateRows(await ofYear(year))
    return strategy === 'engine' ? engine(batchRows, 'updates-' + year) : sequential(batchRows)
  },
  async verify(year, count, days) {
    const stored = await ofYear(year)
    const keys = new Set(stored.map((s) => s.sessionName))
    return { stored: stored.length, unique: keys.size, expected: count, withDays: stored.filter((s) => s.totalInstructionalDays === days).length }
  },
}
document.title = 'bulk bench ready'
`
await buildBenchPage(entry, { dir, distDir, name: 'bulk-bench' })

const dbPath = join(dir, 'ods.sqlite')
const db = openDatabase(dbPath)
db.transaction(() => seedReferenceData(db))()
db.close()

const { origin, process: serverProcess } = await startApi(port, {
  DB_PATH: dbPath,
  STATIC_DIR: distDir,
  SNAPSHOTS: 'off',
  LATENCY_MS: String(latencyMs),
})

interface Run {
  ms: number
  statuses: Record<string, number>
  longTasks: number[]
}
interface Check {
  stored: number
  unique: number
  expected: number
  withDays: number
}

// Disjoint school years per strategy, so each side's rows can be read back and counted on their own.
const YEARS = { engine: 2031, sequential: 2032 } as const
const WARM_UP_YEAR = 2033
/** Chromium is this process's other child: its CPU is the tree's less the API's and this process's own. */
function cpuNow() {
  const server = processTreeCpuMs(serverProcess.pid)
  const usage = process.cpuUsage()
  const own = (usage.user + usage.system) / 1000
  return { server, browser: processTreeCpuMs(process.pid) - server - own }
}
let browser: Browser | undefined
let failed = false
try {
  browser = await launchBenchBrowser()
  const page = await openBenchPage(browser, origin, 'bulk bench ready')
  await page.evaluate(`window.bulkBench.warmUp(${WARM_UP_YEAR}, 60)`)
  console.log('\nphase     strategy                         time     rows/s   result                         long tasks (count, longest)')
  for (const phase of ['creates', 'updates'] as const) {
    const figures: Partial<Record<keyof typeof YEARS, Run>> = {}
    for (const strategy of ['engine', 'sequential'] as const) {
      const args = phase === 'creates' ? [strategy, YEARS[strategy], rows] : [strategy, YEARS[strategy]]
      const cpuBefore = cpuNow()
      const run = (await page.evaluate(`window.bulkBench.${phase}(...${JSON.stringify(args)})`)) as Run
      const cpuAfter = cpuNow()
      const cpu = { browser: (cpuAfter.browser - cpuBefore.browser) / rows, server: (cpuAfter.server - cpuBefore.server) / rows }
      figures[strategy] = run
      const check = (await page.evaluate(`window.bulkBench.verify(${YEARS[strategy]}, ${rows}, ${phase === 'creates' ? 5 : 4})`)) as Check
      const ok = check.stored === rows && check.unique === rows && check.withDays === rows
      failed ||= !ok
      const label = strategy === 'engine' ? 'bulk engine (6 in flight, IDB)' : 'sequential (one at a time)'
      const result = Object.entries(run.statuses)
        .map(([k, v]) => `${v} ${k}`)
        .join(', ')
      console.log(
        `${phase.padEnd(10)}${label.padEnd(31)}${`${fmt(run.ms / 1000, 2)} s`.padStart(8)}${fmt(rows / (run.ms / 1000), 0).padStart(10)}   ${result.padEnd(31)}${String(run.longTasks.length).padStart(3)}, ${fmt(Math.max(0, ...run.longTasks), 0)} ms` +
          `\n${''.padEnd(10)}CPU per row: Chromium ${fmt(cpu.browser, 2)} ms, API ${fmt(cpu.server, 2)} ms; load average ${loadavg()[0]!.toFixed(1)}` +
          `\n${''.padEnd(10)}API read back: ${check.stored} rows, ${check.unique} distinct, ${check.withDays} with the written values: ${ok ? 'no duplicate or lost row' : 'MISMATCH'}`,
      )
    }
    const ratio = figures.sequential!.ms / figures.engine!.ms
    const longest = Math.max(0, ...figures.engine!.longTasks)
    failed ||= ratio < 5
    console.log(
      `${''.padEnd(10)}engine is ${fmt(ratio, 2)}x the speed of sequential (goal >= 5x: ${ratio >= 5 ? 'met' : 'NOT met'}); longest task during the engine's run ${fmt(longest, 0)} ms\n`,
    )
  }
} finally {
  await browser?.close()
  await stop(serverProcess)
  rmSync(dir, { recursive: true, force: true })
}
if (failed) process.exitCode = 1
