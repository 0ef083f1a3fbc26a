// `npm run dev`: the embedded API on API_PORT (8765) and Vite with HMR on 5173, proxying /api.
import { spawn } from 'node:child_process'
import { bin, root } from './run.mjs'

const apiPort = process.env.API_PORT ?? '8765'
const children = [
  spawn(bin('tsx'), ['watch', 'server/main.ts'], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, PORT: apiPort, STATIC_DIR: 'none' },
  }),
  spawn(bin('vite'), [], { stdio: 'inherit', cwd: root, env: { ...process.env, API_TARGET: `http://127.0.0.1:${apiPort}` } }),
]
const stop = () => children.forEach((child) => child.kill('SIGTERM'))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop)
children.forEach((child) =>
  child.on('exit', (code) => {
    stop()
    process.exitCode = code ?? 0
  }),
)
