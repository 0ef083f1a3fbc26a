// npm run bench:export: exporting 100,000 sessions in Chromium, measured side by side in one run.
// The exporting page runs the app's own export code (ExportJob: count, /partitions, K cursor walks
// in parallel, ordered Blob sink, CSV formatting), bundled by Vite from src/, against the sequential
// baseline a simple exporter would use: offset paging with limit 500, one page after another,
// through the same network door, CSV formatter and Blob sink. Both write the same file (checked by
// SHA-256). Two servers on one seeded database: no added latency, and 50 ms per request (a
// district's remote ODS/API). Reported: time, rows/s, the ratio, and the exporting page's peak
// JavaScript heap (CDP Runtime.getHeapUsage, sampled every 20 ms; Blob parts live in the browser's
// blob store, outside the heap).
// Goals: >= 3x faster with 50 ms latency, never slower on localhost, bounded heap.
// Env: BENCH_ROWS (100000), BENCH_RUNS (1 per strategy and latency; the median is shown),
//      BENCH_LATENCY_MS (50), CHROMIUM_PATH (/usr/bin/chromium).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, CDPSession, Page } from '@playwright/test'
import { buildBenchPage, launchBenchBrowser, openBenchPage } from './lib/bench-page.ts'
import { fmt } from './lib/load.ts'
import { freePort, projectRoot, startProcess, stop } from './lib/processes.ts'
import { seedBenchDatabase } from './lib/seed-database.ts'
import { medianByTime, sideBySide, withPeakHeap } from './lib/side-by-side.ts'

const rows = Number(process.env.BENCH_ROWS ?? 100_000)
const runs = Number(process.env.BENCH_RUNS ?? 1)
const latencyMs = Number(process.env.BENCH_LATENCY_MS ?? 50)
const dir = mkdtempSync(join(tmpdir(), 'edfi-bench-export-'))
const distDir = join(dir, 'dist')

console.log(`bench:export — ${rows.toLocaleString('en-US')} sessions, CSV, Chromium, ${runs} run(s) per figure`)

// ---- The exporting page: the app's export modules behind two buttons' worth of functions ---------
// Plain JavaScript (this string is bundled by Vite, not type-checked here); imports the real src/ files.
const src = (path: string) => JSON.stringify(join(projectRoot, 'src', path))
const entry = `
import { connectApiClient, request } from ${src('lib/api-client.ts')}
import { createConnection } from ${src('shared/connection/create-connection.ts')}
import { ExportJob } from ${src('features/export/export-job.ts')}
import { fileFormat } from ${src('features/export/export-formats.ts')}
import { createDownloadSink } from ${src('features/export/export-sinks.ts')}

connectApiClient(createConnection({ apiRoot: location.origin + '/api', clientKey: 'RvcohKz9zHI4', clientSecret: 'E1iEFusaNf81xzCxwHfbolkC' }))
const names = new Map()
const lookups = { schoolName: (id) => names.get(id) }
const csv = () => fileFormat({ format: 'csv', bom: true, lookups })
let lastUrl
let lastBlob

// The app's download sink, keeping the file's Blob for the digest: the server's Content Security
// Policy (connect-src) does not let the page fetch its own blob: URLs.
function downloadSink() {
  const sink = createDownloadSink('bench.csv', 'text/csv')
  const parts = []
  return {
    write: (chunk) => { parts.push(chunk); sink.write(chunk) },
    close: () => { lastBlob = new Blob(parts); return sink.close() },
    abort: () => sink.abort(),
  }
}

async function finish(started, file, rowsWritten) {
  const ms = performance.now() - started
  if (lastUrl) URL.revokeObjectURL(lastUrl)
  lastUrl = file.url
  return { ms, rows: rowsWritten, bytes: file.bytes }
}

window.exportBench = {
  async warmUp() {
    const schools = await (await request('ed-fi/schools?limit=500')).json()
    for (const s of schools) names.set(s.schoolId, s.nameOfInstitution)
  },
  async parallel() {
    const started = performance.now()
    const job = new ExportJob({ filters: {}, snapshot: false, format: csv(), sink: downloadSink() })
    const outcome = await job.run()
    if (outcome.rowsWritten !== outcome.expectedRows) throw new Error('rows written differ from rows counted')
    return finish(started, outcome.file, outcome.rowsWritten)
  },
  async sequential() {
    const started = performance.now()
    const format = csv()
    const sink = downloadSink()
    sink.write(new Blob([format.header]))
    let written = 0
    for (let offset = 0; ; offset += 500) {
      const items = await (await request('ed-fi/sessions?offset=' + offset + '&limit=500')).json()
      sink.write(new Blob([format.page(items)]))
      written += items.length
      if (items.length < 500) break
    }
    return finish(started, await sink.close(), written)
  },
  async digest() {
    const bytes = await lastBlob.arrayBuffer()
    return Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('')
  },
}
document.title = 'export bench ready'
`
await buildBenchPage(entry, { dir, distDir, name: 'export-bench' })

// ---- Data and servers --------------------------------------------------------------------------------
const dbPath = join(dir, 'ods.sqlite')
seedBenchDatabase(dbPath, rows)

// Page cache off: every run reads and serializes its pages, as a real ODS does (repeated runs would
// otherwise be served from the embedded server's cache). No snapshot: live reads on both sides.
async function server(latency: number) {
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const env: Record<string, string> = { PORT: String(port), DB_PATH: dbPath, STATIC_DIR: distDir, SNAPSHOTS: 'off', PAGE_CACHE: 'off' }
  if (latency > 0) env.LATENCY_MS = String(latency)
  return { origin, latency, process: await startProcess('server/main.ts', env, `${origin}/api/`) }
}

interface Figure {
  ms: number
  rows: number
  bytes: number
  peakHeapMb: number
  sha: string
}

/** Runs one strategy in the page while sampling its JS heap over CDP. */
async function measure(page: Page, cdp: CDPSession, strategy: 'parallel' | 'sequential'): Promise<Figure> {
  const result = await withPeakHeap(
    cdp,
    async () => (await page.evaluate(`window.exportBench.${strategy}()`)) as { ms: number; rows: number; bytes: number },
  )
  const sha = (await page.evaluate('window.exportBench.digest()')) as string
  return { ...result, sha }
}

const servers = [await server(0), await server(latencyMs)]
let browser: Browser | undefined
try {
  browser = await launchBenchBrowser()
  console.log('\nlatency  strategy                                   time       rows/s   peak JS heap   file')
  for (const { origin, latency } of servers) {
    const page = await openBenchPage(browser, origin, 'export bench ready')
    const cdp = await page.context().newCDPSession(page)
    await page.evaluate('window.exportBench.warmUp()')
    const { rounds: figures } = await sideBySide(['parallel', 'sequential'], runs, (strategy) => measure(page, cdp, strategy))
    const parallel = medianByTime(figures.parallel)
    const sequential = medianByTime(figures.sequential)
    const line = (name: string, f: Figure) =>
      console.log(
        `${`${latency} ms`.padEnd(9)}${name.padEnd(43)}${`${fmt(f.ms / 1000, 2)} s`.padStart(8)}${fmt(f.rows / (f.ms / 1000), 0).padStart(11)}${`${fmt(f.peakHeapMb, 1)} MB`.padStart(15)}   ${fmt(f.bytes / 1024 / 1024, 1)} MB, ${f.rows.toLocaleString('en-US')} rows`,
      )
    line('partition-parallel cursor (K=8, 500/page)', parallel)
    line('sequential offset paging (limit 500)', sequential)
    const ratio = sequential.ms / parallel.ms
    const goal = latency > 0 ? 3 : 1
    console.log(
      `${''.padEnd(9)}parallel is ${fmt(ratio, 2)}x the speed of sequential (goal >= ${goal}x: ${ratio >= goal ? 'met' : 'NOT met'}); same file: ${parallel.sha === sequential.sha ? 'yes' : 'NO'}`,
    )
    await page.close()
  }
} finally {
  await browser?.close()
  for (const s of servers) await stop(s.process)
  rmSync(dir, { recursive: true, force: true })
}
