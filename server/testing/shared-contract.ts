import { existsSync, readFileSync } from 'node:fs'

// Ed-Fi's contract files live beside the repo in ../shared, not in it: a bare clone lacks them,
// so the tests that compare against them skip, saying why in one line.
const folder = new URL('../../../shared/edfi/', import.meta.url)

export const hasSharedContract = existsSync(folder)

export function readSharedContract(file: string): string {
  return readFileSync(new URL(file, folder), 'utf8')
}

export function noteMissingSharedContract(what: string): void {
  if (!hasSharedContract) console.info(`Skipped ${what}: ../shared/edfi is missing beside this clone.`)
}
