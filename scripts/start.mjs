// `npm start`: build the SPA when its sources are newer than dist/, then run ONE process that
// serves the SPA at / and the embedded Ed-Fi API at /api (PORT, default 8765).
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { spawn } from 'node:child_process'
import { bin, root, run } from './run.mjs'

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs)
}

const built = join(root, 'dist', 'index.html')
const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'].map((p) => newestMtime(join(root, p)))
if (!existsSync(built) || Math.max(...sources) > statSync(built).mtimeMs) {
  console.log('Building the SPA (vite build)…')
  const code = await run(bin('vite'), ['build', '--logLevel', 'warn'])
  if (code !== 0) process.exit(code)
}

const server = spawn(bin('tsx'), ['server/main.ts'], { stdio: 'inherit', cwd: root, env: process.env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
