// Ed-Fi's v7.3 Postman suites against a fresh embedded server (a step of `npm test`). Without
// ../shared (a bare clone) it says so in one line and records a skip.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './run.mjs'

const folder = join(root, '..', 'shared', 'edfi', 'postman')
const outFile = join(root, 'test-results', 'contract.json')

if (!existsSync(folder)) {
  console.log(`Contract suites skipped: ${folder} is missing (Ed-Fi's Postman suites live outside this repo).`)
  mkdirSync(join(root, 'test-results'), { recursive: true })
  writeFileSync(outFile, JSON.stringify({ skipped: true, results: [] }))
  process.exit(0)
}

const { register } = await import('tsx/esm/api')
register()
const { runContractSuites } = await import('../server/contract/run-suites.ts')
const results = await runContractSuites(folder, outFile)
for (const r of results) {
  console.log(`${r.collection}: ${r.passed} assertions passed, ${r.failed} failed (${r.requests} requests)`)
  for (const failure of r.failures) console.log(`  ✗ ${failure}`)
}
process.exit(results.some((r) => r.failed > 0) ? 1 : 0)
