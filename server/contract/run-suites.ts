// Runs Ed-Fi's own v7.3 Postman suites (from ../shared, never copied here) with newman against a
// fresh embedded server, pruned by postman-selection.json. Writes test-results/contract.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import newman, { type NewmanRunSummary } from 'newman'
import { buildServer } from '../app.ts'
import { seedDemoData } from '../seed/index.ts'
import { pruneItems, type CollectionSelection, type PostmanNode } from './select-items.ts'

export interface SuiteResult {
  collection: string
  requests: number
  passed: number
  failed: number
  failures: string[]
}

const selection = JSON.parse(readFileSync(new URL('./postman-selection.json', import.meta.url), 'utf8')) as {
  collections: CollectionSelection[]
}

function runCollection(collection: object, apiRoot: string): Promise<NewmanRunSummary> {
  const environment = { values: [{ key: 'ApiBaseUrl', value: apiRoot, enabled: true }] }
  return new Promise((resolve, reject) =>
    newman.run({ collection, environment, reporters: [], timeoutRequest: 30_000 }, (error, summary) =>
      error ? reject(error) : resolve(summary),
    ),
  )
}

async function runOne(folder: string, chosen: CollectionSelection, apiRoot: string): Promise<SuiteResult> {
  const full = JSON.parse(readFileSync(join(folder, chosen.file), 'utf8')) as { item: PostmanNode[] }
  const pruned = pruneItems(full.item, chosen)
  const problems = [
    ...pruned.unclassified.map((p) => `not selected and no reason to exclude: ${p}`),
    ...pruned.unknown.map((p) => `selection names a folder the suite lacks: ${p}`),
  ]
  if (problems.length) return { collection: chosen.file, requests: 0, passed: 0, failed: problems.length, failures: problems }
  const summary = await runCollection({ ...full, item: pruned.items }, apiRoot)
  const { assertions, requests } = summary.run.stats
  const failures = summary.run.failures.map((f) => `${f.source?.name ?? '?'}: ${f.error.test ?? ''} ${f.error.message}`)
  const failed = assertions.failed ?? 0
  return { collection: chosen.file, requests: requests.total ?? 0, passed: (assertions.total ?? 0) - failed, failed, failures }
}

export async function runContractSuites(folder: string, outFile: string): Promise<SuiteResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'edfi-contract-'))
  const app = await buildServer({ dbPath: join(dir, 'ods.sqlite') })
  app.ctx.db.transaction(() => seedDemoData(app.ctx.db))()
  app.ctx.snapshots?.refresh()
  const preferred = Number(process.env.CONTRACT_PORT ?? (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 100 : 0))
  await app.listen({ port: preferred, host: '127.0.0.1' }).catch(() => app.listen({ port: 0, host: '127.0.0.1' }))
  const address = app.server.address()
  const port = address && typeof address === 'object' ? address.port : preferred
  const results: SuiteResult[] = []
  try {
    for (const chosen of selection.collections) results.push(await runOne(folder, chosen, `http://localhost:${port}/api`))
  } finally {
    await app.close()
    rmSync(dir, { recursive: true, force: true })
  }
  mkdirSync(join(outFile, '..'), { recursive: true })
  writeFileSync(outFile, JSON.stringify({ skipped: false, results }, null, 2))
  return results
}
