// `npm start`: build the SPA when its sources are newer than dist/, then run ONE process that
// serves the SPA at / and the embedded Ed-Fi API at /api (PORT, default 8765).
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { bin, root, run } from './run.mjs'

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs)
}

const built = join(root, 'dist', 'index.html')
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'].map((p) => newestMtime(join(root, p)))
// STATIC_DIR=none serves the API alone: no SPA to build.
if (process.env.STATIC_DIR !== 'none' && (!existsSync(built) || Math.max(...sources) > statSync(built).mtimeMs)) {
  console.log('Building the SPA (vite build)…')
  const code = await run(bin('vite'), ['build', '--logLevel', 'warn'])
  if (code !== 0) process.exit(code)
}

// The server runs in this very process (tsx registered as a loader): one process, one port.
// The fault switch is for the e2e server only (scripts/e2e-server.mjs): never under npm start.
delete process.env.FAULTS
const { register } = await import('tsx/esm/api')
register()
await import('../server/main.ts')
