import { sessionKeyOf, toSessionBody, type Session } from '../../../entities/sessions/session-schema.ts'
import { diffSessions } from '../plan/plan-diff.ts'
import type { PlanRow } from '../plan/plan-types.ts'
import type { ParsedRow } from './csv-mapping.ts'

// A row naming the same session as an earlier row is refused, so no session is written twice by one file.

const keyText = (k: { schoolId: number; schoolYear: number; sessionName: string }) => `${k.schoolId}|${k.schoolYear}|${k.sessionName}`

export function buildImportRows(parsed: readonly ParsedRow[], existing: readonly Session[]): PlanRow[] {
  return parsed.map(importMatcher(existing))
}

export function importMatcher(existing: readonly Session[]): (row: ParsedRow, index: number) => PlanRow {
  const byId = new Map(existing.map((s) => [s.id, s]))
  const byKey = new Map(existing.map((s) => [keyText(sessionKeyOf(s)), s]))
  const seen = new Map<string, number>()
  return (row, index): PlanRow => {
    const n = index + 1
    const lineNote = `Line ${row.line} of the file.`
    if (!row.body) {
      return { n, action: 'invalid', key: { schoolId: 0, schoolYear: 0, sessionName: '' }, notes: [lineNote], problems: row.problems }
    }
    const key = sessionKeyOf(row.body)
    const match = (row.id ? byId.get(row.id) : undefined) ?? byKey.get(keyText(key))
    const target = match ? `id:${match.id}` : keyText(key)
    const earlier = seen.get(target)
    if (earlier !== undefined)
      return {
        n,
        action: 'invalid',
        key,
        next: row.body,
        notes: [lineNote],
        problems: [`The same session as line ${earlier} of the file.`],
      }
    seen.set(target, row.line)
    if (!match) return { n, action: 'create', key, next: row.body, notes: [lineNote], problems: [] }
    const current = toSessionBody(match)
    const changes = diffSessions(current, row.body)
    const notes = [lineNote]
    if (changes.some((c) => c.field === 'sessionName' || c.field === 'schoolId' || c.field === 'schoolYear')) {
      notes.push('Changes the school, year or name: records that use this session follow the change.')
    }
    return {
      n,
      action: changes.length ? 'update' : 'unchanged',
      key,
      id: match.id,
      etag: match._etag,
      current,
      next: row.body,
      notes,
      problems: [],
    }
  }
}
