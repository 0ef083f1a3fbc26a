import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { build } from 'vite'
import { projectRoot } from './processes.ts'

// Bundles a bench page's plain-JavaScript entry (which imports real src/ modules) with Vite into
// distDir as bench.js, next to an index.html that loads it; the embedded server serves distDir.
export async function buildBenchPage(entry: string, options: { dir: string; distDir: string; name: string }): Promise<void> {
  const { dir, distDir, name } = options
  mkdirSync(distDir, { recursive: true })
  const entryFile = join(dir, `${name}-entry.js`)
  writeFileSync(entryFile, entry)
  await build({
    configFile: false,
    root: projectRoot,
    logLevel: 'error',
    worker: { format: 'es' },
    build: { outDir: distDir, emptyOutDir: false, rollupOptions: { input: entryFile, output: { entryFileNames: 'bench.js' } } },
  })
  writeFileSync(
    join(distDir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/bench.js"></script>',
  )
}

/** Headless Chromium as the benches run it (CHROMIUM_PATH, else /usr/bin/chromium). */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  })
}

/** A new tab on the bench page served at origin, once the page has set its ready title; page errors go to stderr. */
export async function openBenchPage(browser: Browser, origin: string, readyTitle: string): Promise<Page> {
  const page = await browser.newPage()
  page.on('pageerror', (error) => console.error('page error:', error.message))
  await page.goto(`${origin}/`)
  await page.waitForFunction(`document.title === ${JSON.stringify(readyTitle)}`)
  return page
}
