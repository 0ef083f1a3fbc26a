import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Reads and writes go through server/domain, which applies authorization; these repository values hold no one's data.
const ALLOWED = new Set(['COURSE_OFFERING_SPEC', 'LOOKUP_SPECS', 'currentChangeVersion', 'findDescriptorId'])

const folder = new URL('./', import.meta.url)
const routeFiles = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))

describe('route layering', () => {
  it.each(routeFiles)('%s takes no repository values but the allowed ones', (name) => {
    const source = readFileSync(new URL(name, folder), 'utf8')
    const imported = [...source.matchAll(/^import \{([^}]*)\} from '\.\.\/db\/[^']+'/gm)].flatMap(([, names]) =>
      names!
        .split(',')
        .map((n) => n.trim())
        .filter((n) => n && !n.startsWith('type ')),
    )
    expect(imported.filter((n) => !ALLOWED.has(n))).toEqual([])
  })
})
