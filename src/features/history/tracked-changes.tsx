import { useDetailsMode } from '../../lib/details-mode.ts'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import { sessionKeyOf, type Session, type SessionBody, type SessionKeyChange } from '../../entities/sessions/session-schema.ts'
import { ChangeKeyBack } from './change-key-back.tsx'
import { FieldDiffTable } from './field-diff-table.tsx'
import type { FieldChange } from './field-diff.ts'
import { SCAN_PAGE_CAP, SCAN_PAGE_SIZE, type TrackedHistory } from './history-queries.ts'
import type { JournalEntry } from './local-journal.ts'

interface TrackedKey {
  sessionName?: string
  schoolId?: number
  schoolYear?: number
}

interface TrackedChangesProps {
  tracked: TrackedHistory
  journal: readonly JournalEntry[]
  gone: boolean
  current: { session: Session; etag: string } | undefined
  lastKnown: SessionBody | undefined
  snapshot: boolean
  schoolName: (id: number | undefined) => string
}

const sameKey = (a: TrackedKey, b: TrackedKey) =>
  a.sessionName === b.sessionName && a.schoolId === b.schoolId && a.schoolYear === b.schoolYear

function keyDiff(change: SessionKeyChange, schoolName: (id: number | undefined) => string): FieldChange[] {
  const o = change.oldKeyValues ?? {}
  const n = change.newKeyValues ?? {}
  const row = (field: string, label: string, before: string, after: string): FieldChange => ({
    field,
    label,
    before,
    after,
    changed: before !== after,
  })
  return [
    row('sessionName', 'Session name', o.sessionName ?? '—', n.sessionName ?? '—'),
    row('schoolId', 'School', schoolName(o.schoolId), schoolName(n.schoolId)),
    row('schoolYear', 'School year', String(o.schoolYear ?? '—'), String(n.schoolYear ?? '—')),
  ]
}

/** A key change this browser made: some save left the old key and some save arrived at the new one. */
function savedHere(change: SessionKeyChange, journal: readonly JournalEntry[]): boolean {
  const left = journal.some((e) => e.before && sameKey(sessionKeyOf(e.before), change.oldKeyValues ?? {}))
  const arrived = journal.some((e) => e.after && sameKey(sessionKeyOf(e.after), change.newKeyValues ?? {}))
  return left && arrived
}

const source = (here: boolean) =>
  here ? 'Saved from this browser.' : 'Changed by another client or not from this browser. Author not available from Ed-Fi.'

export function TrackedChanges({ tracked, journal, gone, current, lastKnown, snapshot, schoolName }: TrackedChangesProps) {
  const details = useDetailsMode()
  const deleted = tracked.deletes.items.at(-1)
  const deletedHere = journal.some((e) => e.kind === 'deleted')
  // The key to look for a re-created session under: Ed-Fi's delete record, else this browser's last copy.
  const key: TrackedKey | undefined = deleted?.keyValues ?? (gone && lastKnown ? sessionKeyOf(lastKnown) : undefined)
  const recreated = useQuery({
    ...sessionQueries.list({
      sessionName: key?.sessionName,
      schoolId: key?.schoolId,
      schoolYear: key?.schoolYear,
      limit: 1,
      totalCount: false,
      snapshot,
    }),
    enabled: gone && key?.sessionName !== undefined && key.schoolId !== undefined && key.schoolYear !== undefined,
  })
  const successor = recreated.data?.items[0]
  const incomplete = !tracked.keyChanges.complete || !tracked.deletes.complete

  return (
    <>
      <section aria-labelledby="key-changes-heading" className="panel">
        <h2 id="key-changes-heading">Key changes</h2>
        {tracked.keyChanges.items.length === 0 ? (
          <p className="status">Ed-Fi reports no change of what identifies this session (school, school year, session name).</p>
        ) : (
          <>
            <p className="form-hint">Ed-Fi reports the first old key and the last new key of a session, so several renames show as one.</p>
            <ol className="journal-list">
              {tracked.keyChanges.items.map((change) => (
                <li key={change.changeVersion} className="journal-entry">
                  <h3>{details ? `Key changed at change version ${change.changeVersion}` : 'Key changed'}</h3>
                  <p className="history-source">{source(savedHere(change, journal))}</p>
                  <FieldDiffTable
                    changes={keyDiff(change, schoolName)}
                    caption={details ? `Old and new key, change version ${change.changeVersion}` : 'Old and new key'}
                  />
                  {current && <ChangeKeyBack session={current.session} etag={current.etag} change={change} snapshot={snapshot} />}
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <section aria-labelledby="deleted-heading" className="panel">
        <h2 id="deleted-heading">Deleted or re-created</h2>
        {deleted && (
          <p>
            Deleted{details && ` at change version ${deleted.changeVersion}`} (key: {deleted.keyValues?.sessionName},{' '}
            {schoolName(deleted.keyValues?.schoolId)}, {deleted.keyValues?.schoolYear}).{' '}
            <span className="history-source">{source(deletedHere)}</span>
          </p>
        )}
        {!deleted && gone && (
          <p>
            {deletedHere ? 'Deleted from this browser. ' : ''}Ed-Fi lists no delete of this record: it hides the delete of a key that has
            been created again, so it may have been deleted and re-created.
          </p>
        )}
        {!deleted && !gone && <p className="status">Not deleted: the session exists now.</p>}
        {successor && (
          <p>
            A session with the same key exists again as a new record (re-created):{' '}
            <Link to="/sessions/$sessionId/history" params={{ sessionId: successor.id }}>
              history of the re-created {successor.sessionName}
            </Link>
            .
          </p>
        )}
      </section>
      {incomplete && (
        <p className="status">
          Only the first {(SCAN_PAGE_CAP * SCAN_PAGE_SIZE).toLocaleString()} key changes and deletes on this server were searched.
        </p>
      )}
    </>
  )
}
