import { getSession } from '../../../entities/sessions/get-session.ts'
import { readAllSessions } from '../../../entities/sessions/read-all-sessions.ts'
import type { ChangeVersionWindow, SessionFilters } from '../../../entities/sessions/session-params.ts'
import type { Session } from '../../../entities/sessions/session-schema.ts'
import { DEFAULT_CONCURRENCY } from '../apply/apply-batch.ts'

export async function readSelected(
  choice: { allMatching: boolean; ids: ReadonlySet<string>; filters: SessionFilters; changeWindow: ChangeVersionWindow },
  signal?: AbortSignal,
): Promise<Session[]> {
  if (choice.allMatching) return readAllSessions({ filters: choice.filters, changeWindow: choice.changeWindow, snapshot: false, signal })
  const queue = [...choice.ids]
  const found: Session[] = []
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      const read = await getSession(id, {}, signal)
      if (!read.notModified) found.push({ ...read.session, _etag: read.etag })
    }
  }
  await Promise.all(Array.from({ length: DEFAULT_CONCURRENCY }, worker))
  const order = [...choice.ids]
  return found.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
}
