// Playwright drives Debian's Chromium here: it cannot download a browser build of its own.
// Exit 0 when a Chromium is present; install it when we are root; otherwise say exactly what to run.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'

const INSTALL = 'apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation'
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean)

const found = candidates.find((path) => existsSync(path))
if (found) {
  console.log(`ensure-chromium: using ${found}`)
  process.exit(0)
}

if (process.env.CHROMIUM_PATH) {
  console.error(`ensure-chromium: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist; falling back to installing Debian's chromium.`)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (!isRoot) {
  console.error(
    'ensure-chromium: Chromium is missing (looked for CHROMIUM_PATH and /usr/bin/chromium).\n' +
      `Install it as root with:\n  sudo sh -c '${INSTALL}'\n` +
      'or point CHROMIUM_PATH at an existing Chromium binary.',
  )
  process.exit(1)
}

console.log(`ensure-chromium: Chromium is missing; running as root: ${INSTALL}`)
const result = spawnSync('sh', ['-c', INSTALL], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
})
if (result.status !== 0 || !existsSync('/usr/bin/chromium')) {
  console.error(`ensure-chromium: installing Chromium failed (exit ${result.status ?? result.signal}).`)
  process.exit(1)
}
console.log('ensure-chromium: installed /usr/bin/chromium')
