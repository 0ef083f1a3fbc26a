// npm run bench:ui: what a steward waits for, measured side by side in one run.
//  1. The JavaScript the first route needs, gzip (budget <= 120 KB): the entry script and every
//     module it preloads, read from the built index.html. Lazy chunks (dialog, conflict view,
//     export, history) are listed apart: they load only when used.
//  2. In Chromium (Playwright), the time from navigation start to the first painted frame that
//     holds a full page of session rows (25 and 500 rows), against (a) the physical reference, a
//     hand-written plain-DOM page served by the same server that fetches the token and the same
//     page (goal: app <= 2x), and (b) the raw API request alone, all in the same browser and run.
//  3. Inside the app: a page turn (Next; also with the pointer resting on Next first, which reads
//     the page ahead) and a filter change, from the click to the first frame with the new rows,
//     against the raw request for that page (goal <= 1.5x) and that request painted as plain rows.
// Env: BENCH_RUNS (7 per figure; the median is shown), CHROMIUM_PATH (/usr/bin/chromium).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from '@playwright/test'
import { openDatabase } from '../server/db/database.ts'
import { generateSessions, seedDemoData } from '../server/seed/index.ts'
import { fmt } from './lib/load.ts'
import { PLAIN_REFERENCE_FILE, plainReferenceHtml } from './lib/plain-reference.ts'
import { freePort, projectRoot, startProcess, stop } from './lib/processes.ts'

const runs = Number(process.env.BENCH_RUNS ?? 7)
const budgetKb = 120
const dir = mkdtempSync(join(tmpdir(), 'edfi-bench-ui-'))
const distDir = join(dir, 'dist')

console.log(`bench:ui — median of ${runs} runs per figure`)
execFileSync(`${projectRoot}node_modules/.bin/vite`, ['build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'error'], {
  cwd: projectRoot,
  stdio: 'inherit',
})

// ---- 1. Initial-route JavaScript ------------------------------------------------------------------
const html = readFileSync(join(distDir, 'index.html'), 'utf8')
const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!)
const gzipKb = (file: string) => gzipSync(readFileSync(join(distDir, file))).length / 1024
const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0)
console.log('\nInitial route JavaScript (gzip)')
for (const file of initial) console.log(`  ${file.padEnd(44)} ${fmt(gzipKb(file))} KB`)
console.log(
  `  total                                        ${fmt(initialKb)} KB  (budget ${budgetKb} KB: ${initialKb <= budgetKb ? 'within' : 'OVER'})`,
)
const assets = execFileSync('ls', [join(distDir, 'assets')], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.js'))
const lazy = assets.map((f) => `assets/${f}`).filter((f) => !initial.includes(f))
const lazyKb = lazy.reduce((sum, file) => sum + gzipKb(file), 0)
console.log(
  `  lazy chunks, loaded on use: ${lazy.length} files, ${fmt(lazyKb)} KB gzip in all (largest ${fmt(Math.max(0, ...lazy.map(gzipKb)))} KB)`,
)

// ---- 2. First rows painted vs the plain reference page and the raw request ------------------------
writeFileSync(join(distDir, PLAIN_REFERENCE_FILE), plainReferenceHtml)
// 600 extra sessions so a 500-row page is full for the demo client.
const dbPath = join(dir, 'ods.sqlite')
const db = openDatabase(dbPath)
db.transaction(() => {
  seedDemoData(db)
  generateSessions(db, 600)
})()
db.close()

const port = Number(process.env.BENCH_PORT) || (await freePort())
const origin = `http://127.0.0.1:${port}`
const server = await startProcess('server/main.ts', { PORT: String(port), DB_PATH: dbPath, STATIC_DIR: distDir }, `${origin}/api/`)
let browser: Browser | undefined
try {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

  // The grid route with every school year: the same API request as the plain page (a bare /sessions
  // opens on the current school year, which may hold fewer rows than a page).
  const gridPath = (pageSize: number) => `/sessions?allYears=true&pageSize=${pageSize}`

  /** The little of the DOM the raw painted figure uses (this file is type-checked without the DOM library). */
  interface PlainDom {
    document: { createElement(tag: 'tbody'): PlainBody; body: { append(node: PlainBody): void } }
    requestAnimationFrame(callback: () => void): number
  }
  interface PlainBody {
    insertRow(): { insertCell(): { textContent: string | null } }
  }

  /** A fresh browser context per run: nothing cached, as for a steward opening a shared link. */
  async function firstRowsPainted(path: string, pageSize: number): Promise<number> {
    // CSP forbids the eval Playwright's polling needs; lifted alike for the app and the plain page.
    const context = await browser!.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' })
    // Polled once per animation frame: the first frame whose DOM holds the full page of rows. (A
    // string, because it runs in the page: this file is type-checked without the DOM library.)
    const painted = await page.waitForFunction(
      `document.querySelectorAll('table tbody tr a.row-link').length >= ${pageSize} ? performance.now() : false`,
      undefined,
      { polling: 'raf', timeout: 30_000 },
    )
    const ms = (await painted.jsonValue()) as number
    await context.close()
    return ms
  }

  /**
   * The raw request in the page: a token, then GET of the page with the body read and parsed, as
   * the plain page does. `withToken` starts the clock before the token request (first screen) or
   * after it (in-app steps, where the app already holds one). `paint` also puts the rows into a
   * plain table and waits for the frame that shows them, as the app's figure does.
   */
  const timedRequest = (page: Page, query: string, withToken: boolean, paint = false) =>
    page.evaluate(
      async ({ query, withToken, paint }) => {
        const tokenStart = performance.now()
        const tokenRes = await fetch('/api/oauth/token', {
          method: 'POST',
          headers: {
            authorization: `Basic ${btoa('RvcohKz9zHI4:E1iEFusaNf81xzCxwHfbolkC')}`,
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: 'grant_type=client_credentials',
        })
        const { access_token } = (await tokenRes.json()) as { access_token: string }
        const started = withToken ? tokenStart : performance.now()
        const res = await fetch(`/api/data/v3/ed-fi/sessions?${query}`, { headers: { authorization: `Bearer ${access_token}` } })
        const sessions = (await res.json()) as { id: string; sessionName: string }[]
        if (paint) {
          const { document, requestAnimationFrame } = globalThis as unknown as PlainDom
          const body = document.createElement('tbody')
          for (const session of sessions) {
            const row = body.insertRow()
            row.insertCell().textContent = session.sessionName
            row.insertCell().textContent = session.id
          }
          document.body.append(body)
          await new Promise<void>((resolve) => requestAnimationFrame(resolve))
        }
        return performance.now() - started
      },
      { query, withToken, paint },
    )

  interface InAppStep {
    name: string
    /** The grid URL to start from, the control to click, and the API query of the page it shows. */
    start: string
    click: string
    query: string
    /** Rest the pointer on the control first, as a mouse user does before clicking. */
    hover?: string
  }
  const inAppSteps: InAppStep[] = [
    { name: 'page turn', start: gridPath(25), click: 'nav.pager button', query: 'offset=25&limit=25&totalCount=true' },
    {
      name: 'page turn, pointer on Next first',
      start: gridPath(25),
      click: 'nav.pager button',
      query: 'offset=25&limit=25&totalCount=true',
      hover: 'Next',
    },
    {
      name: 'filter change',
      start: '/sessions?schoolYear=2022',
      click: 'ul[aria-label="Applied filters"] button',
      query: 'offset=0&limit=25&totalCount=true',
    },
  ]

  /** Click inside the app, then rAF until the first row differs; the raw GET of that page, timed in the same page. */
  async function inAppStep(step: InAppStep): Promise<{ app: number; raw: number; painted: number }> {
    const context = await browser!.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${origin}${step.start}`)
    await page.waitForFunction(`document.querySelectorAll('table tbody tr a.row-link').length > 0`, undefined, { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    if (step.hover) {
      await page.getByRole('button', { name: step.hover, exact: true }).hover()
      await page.waitForTimeout(250)
    }
    const app = (await page.evaluate(`new Promise((resolve) => {
      const first = () => document.querySelector('table tbody tr a.row-link')?.getAttribute('href')
      const before = first()
      const button = [...document.querySelectorAll(${JSON.stringify(step.click)})].find((b) => !b.disabled && /^Next$|^Remove filter/.test((b.getAttribute('aria-label') ?? b.textContent).trim()))
      const started = performance.now()
      button.click()
      const poll = () => (first() && first() !== before && document.querySelectorAll('table tbody tr a.row-link').length >= 25 && !document.querySelector('table[aria-busy="true"]') ? resolve(performance.now() - started) : requestAnimationFrame(poll))
      requestAnimationFrame(poll)
    })`)) as number
    const raw = await timedRequest(page, step.query, false)
    const painted = await timedRequest(page, step.query, false, true)
    await context.close()
    return { app, raw, painted }
  }

  /** The same page fetched by the same browser: token, then GET with totalCount, body read and parsed. */
  async function rawRequest(pageSize: number): Promise<number> {
    const context = await browser!.newContext()
    const page = await context.newPage()
    await page.goto(`${origin}/api/`)
    const ms = await timedRequest(page, `offset=0&limit=${pageSize}&totalCount=true`, true)
    await context.close()
    return ms
  }

  console.log(
    '\nNavigation start to first rows painted: app vs plain reference page (goal <= 2x) and raw API request, Chromium, cold context each run',
  )
  for (const size of [25, 500]) {
    const plainPath = `/${PLAIN_REFERENCE_FILE}?pageSize=${size}`
    await firstRowsPainted(gridPath(size), size) // warm the server's page cache and the OS file cache alike for every side
    await firstRowsPainted(plainPath, size)
    const ui: number[] = []
    const plain: number[] = []
    const api: number[] = []
    for (let i = 0; i < runs; i++) {
      ui.push(await firstRowsPainted(gridPath(size), size))
      plain.push(await firstRowsPainted(plainPath, size))
      api.push(await rawRequest(size))
    }
    const [uiMs, plainMs, apiMs] = [median(ui), median(plain), median(api)]
    console.log(
      `  ${String(size).padStart(3)} rows: app ${fmt(uiMs)} ms, plain page ${fmt(plainMs)} ms (app/plain ${fmt(uiMs / plainMs)}x), raw request ${fmt(apiMs)} ms (app/raw ${fmt(uiMs / apiMs)}x)`,
    )
  }

  console.log(
    '\nInside the app: click to the first frame with the new rows vs the raw request for that page (goal <= 1.5x),' +
      '\nand vs the raw request with its rows put in a plain table and painted (the frame the app figure waits for too)',
  )
  for (const step of inAppSteps) {
    const measured: { app: number; raw: number; painted: number }[] = []
    for (let i = 0; i < runs; i++) measured.push(await inAppStep(step))
    const [app, raw, painted] = (['app', 'raw', 'painted'] as const).map((key) => median(measured.map((m) => m[key])))
    console.log(
      `  ${step.name.padEnd(32)} app ${fmt(app!)} ms, raw request ${fmt(raw!)} ms (ratio ${fmt(app! / raw!)}x), raw painted ${fmt(painted!)} ms (ratio ${fmt(app! / painted!)}x)`,
    )
  }
  console.log(`\nbuild: ${distDir} (${Math.round(statSync(join(distDir, 'index.html')).size)} B index.html)`)
} finally {
  await browser?.close()
  await stop(server)
}
