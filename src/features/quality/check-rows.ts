import { sessionSchema } from '../../entities/sessions/session-schema.ts'
import { bySeverity, runRowChecks, runSetChecks } from './rules/index.ts'
import type { CheckedSession, Finding } from './rules/types.ts'
import type { Calendars } from './check-protocol.ts'
import { toCheckedSession } from './to-checked.ts'

/** One run's state, wherever it runs: raw pages in, validated rows kept, row rules applied at once. */
export function createRowCollector() {
  const sessions: CheckedSession[] = []
  const rowFindings: Finding[] = []
  let invalidRows = 0
  return {
    sessions,
    add(rows: unknown[]) {
      const page: CheckedSession[] = []
      for (const row of rows) {
        const parsed = sessionSchema.safeParse(row)
        if (parsed.success) page.push(toCheckedSession(parsed.data))
        else invalidRows++
      }
      for (const s of page) sessions.push(s)
      for (const f of runRowChecks(page)) rowFindings.push(f)
    },
    finish(calendars: Calendars) {
      return { findings: bySeverity([...rowFindings, ...runSetChecks({ ...calendars, sessions })]), sessions, invalidRows }
    },
  }
}
