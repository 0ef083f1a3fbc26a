// `npm test`: every check and suite, in order, then one closing line "N passed, N failed" summing
// them all (lint, formatting and typecheck count as one check each). Exit code is non-zero when anything failed.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { bin, root, run } from './run.mjs'

const results = join(root, 'test-results')
mkdirSync(results, { recursive: true })
const totals = { passed: 0, failed: 0, skipped: 0 }
const lines = []

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

async function check(name, command, args) {
  console.log(`\n▶ ${name}`)
  const ok = (await run(command, args)) === 0
  totals[ok ? 'passed' : 'failed'] += 1
  lines.push(`${name}: ${ok ? 'ok' : 'FAILED'}`)
}

await check('lint (eslint)', bin('eslint'), ['.'])
await check('formatting (prettier --check)', bin('prettier'), ['--check', '.'])
await run('node', ['scripts/generate-types.mjs'])
await check('typecheck (tsc -b)', bin('tsc'), ['-b'])

console.log('\n▶ unit and integration tests (vitest)')
const vitestJson = join(results, 'vitest.json')
rmSync(vitestJson, { force: true })
const vitestCode = await run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`])
const vitest = readJson(vitestJson)
if (vitest) {
  totals.passed += vitest.numPassedTests
  totals.failed += vitest.numFailedTests
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests
  lines.push(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`)
}
if (!vitest || (vitestCode !== 0 && vitest.numFailedTests === 0)) {
  totals.failed += 1
  lines.push(`vitest: exited with ${vitestCode} (a suite failed to load or run)`)
}

// Ed-Fi's own Postman suites (scripts/contract-suites.mjs): their assertions count as tests.
console.log("\n▶ Ed-Fi's Postman suites (newman)")
const contractCode = await run('node', ['scripts/contract-suites.mjs'])
const contract = readJson(join(results, 'contract.json'))
if (contract?.skipped) lines.push('contract suites: skipped (../shared is missing)')
for (const suite of contract?.results ?? []) {
  totals.passed += suite.passed
  totals.failed += suite.failed
  lines.push(`contract ${suite.collection.replace('.postman_collection.json', '')}: ${suite.passed} passed, ${suite.failed} failed`)
}
if (!contract || (contractCode !== 0 && !contract.results.some((suite) => suite.failed > 0))) {
  totals.failed += 1
  lines.push(`contract suites: exited with ${contractCode}`)
}

console.log('\n▶ end-to-end tests (Playwright, Chromium)')
const chromium = await run('node', ['scripts/ensure-chromium.mjs'])
if (chromium !== 0) {
  totals.failed += 1
  lines.push('e2e: Chromium is missing (see the message above)')
} else if ((await run(bin('vite'), ['build', '--logLevel', 'warn'])) !== 0) {
  totals.failed += 1
  lines.push('e2e: vite build failed')
} else {
  const e2eJson = join(results, 'e2e.json')
  rmSync(e2eJson, { force: true })
  const code = await run(bin('playwright'), ['test'], { env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson } })
  const e2e = existsSync(e2eJson) ? readJson(e2eJson) : undefined
  if (e2e?.stats) {
    const { expected, unexpected, flaky, skipped } = e2e.stats
    totals.passed += expected + flaky
    totals.failed += unexpected
    totals.skipped += skipped
    lines.push(`e2e: ${expected + flaky} passed, ${unexpected} failed${flaky ? ` (${flaky} flaky)` : ''}`)
  }
  if (!e2e?.stats || (code !== 0 && e2e.stats.unexpected === 0)) {
    totals.failed += 1
    lines.push(`e2e: exited with ${code}`)
  }
}

console.log(`\n${lines.join('\n')}`)
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`)
process.exit(totals.failed > 0 ? 1 : 0)
