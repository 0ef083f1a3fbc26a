import { Link } from '@tanstack/react-router'
import { useDetailsMode } from '../../../lib/details-mode.ts'
import { unquoteEtag } from '../../../lib/edfi/etags.ts'
import { entryKey, formatSpan, isExact, KIND_LABELS, type FeedEntry } from '../feed-entry.ts'
import { formatTimestamp } from '../format-time.ts'
import { KeyDiff } from './key-diff.tsx'
import { TableHead } from '../../../components/ui/table-head.tsx'

export interface LocalSave {
  kind: 'created' | 'updated' | 'deleted'
  etag: string | undefined
}

interface ChangeFeedTableProps {
  entries: readonly FeedEntry[]
  schoolName: (id: number | undefined) => string
  localSaves: Readonly<Record<string, LocalSave>>
  busy: boolean
}

/**
 * A created/updated entry says which only when this browser made that very version (its journal
 * holds the same etag); Ed-Fi itself cannot tell a create from an update.
 */
function kindText(entry: FeedEntry, localSaves: Readonly<Record<string, LocalSave>>): string {
  if (entry.kind !== 'upsert') return KIND_LABELS[entry.kind]
  const saved = localSaves[entry.id]
  if (
    saved &&
    saved.kind !== 'deleted' &&
    saved.etag !== undefined &&
    entry.session._etag !== undefined &&
    unquoteEtag(saved.etag) === unquoteEtag(entry.session._etag)
  ) {
    return `${saved.kind === 'created' ? 'Created' : 'Updated'} (saved from this browser)`
  }
  return KIND_LABELS.upsert
}

export function ChangeFeedTable({ entries, schoolName, localSaves, busy }: ChangeFeedTableProps) {
  const details = useDetailsMode()
  return (
    <div className="table-scroll">
      <table className="data-table phone-cards change-feed" aria-busy={busy}>
        <caption>Changes to sessions, newest first</caption>
        <TableHead
          columns={[
            details && 'Change version',
            'What happened',
            'Session',
            'School',
            { label: 'School year', numeric: true },
            'Time',
            'Links',
          ]}
        />
        <tbody>
          {entries.map((entry) => {
            const key = entryKey(entry)
            return (
              <tr key={`${entry.kind}:${entry.id}:${entry.version.hi}`} data-kind={entry.kind}>
                {details && (
                  <td
                    className="num"
                    title={isExact(entry.version) ? undefined : 'Ed-Fi does not return a session’s change version; it lies in this range'}
                  >
                    {formatSpan(entry.version)}
                  </td>
                )}
                <td data-label="What happened">{kindText(entry, localSaves)}</td>
                <th scope="row">
                  {entry.kind === 'keyChange' ? (
                    <KeyDiff oldKey={entry.oldKey} newKey={entry.newKey} schoolName={schoolName} />
                  ) : (
                    (key.sessionName ?? '—')
                  )}
                </th>
                <td data-label="School">{schoolName(key.schoolId)}</td>
                <td data-label="School year" className="num">
                  {key.schoolYear ?? '—'}
                </td>
                <td data-label="Time" className="date">
                  {entry.kind === 'upsert' && entry.session._lastModifiedDate ? (
                    <time dateTime={entry.session._lastModifiedDate}>{formatTimestamp(entry.session._lastModifiedDate)}</time>
                  ) : (
                    <span className="muted">Not given by Ed-Fi</span>
                  )}
                </td>
                <td className="change-links">
                  {entry.id && entry.kind !== 'delete' && (
                    <Link to="/sessions/$sessionId" params={{ sessionId: entry.id }}>
                      Open<span className="visually-hidden"> {key.sessionName}</span>
                    </Link>
                  )}
                  {entry.id && (
                    <Link to="/sessions/$sessionId/history" params={{ sessionId: entry.id }}>
                      History<span className="visually-hidden"> of {key.sessionName}</span>
                    </Link>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
