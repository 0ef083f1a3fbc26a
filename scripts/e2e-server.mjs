// The server Playwright tests run against: the real embedded API + built SPA on a fresh SQLite
// file seeded with Grand Bend demo data (server/main.ts seeds an empty database).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const dir = mkdtempSync(join(tmpdir(), 'edfi-e2e-'))
process.env.DB_PATH = join(dir, 'ods.sqlite')
process.env.PORT ??= '8799'
process.env.STATIC_DIR ??= new URL('../dist', import.meta.url).pathname
process.env.FAULTS ??= 'on'

const { register } = await import('tsx/esm/api')
register()
await import('../server/main.ts')
