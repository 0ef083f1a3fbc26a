import { changedFields } from './field-diff.ts'
import { FieldDiffTable } from './field-diff-table.tsx'
import type { JournalEntry } from './local-journal.ts'

const KIND_TEXT: Record<JournalEntry['kind'], string> = { created: 'Created', updated: 'Updated', deleted: 'Deleted' }

interface JournalEntriesProps {
  entries: readonly JournalEntry[]
  pending: boolean
  error: boolean
  formatTime: (iso: string) => string
}

export function JournalEntries({ entries, pending, error, formatTime }: JournalEntriesProps) {
  return (
    <section aria-labelledby="journal-heading" className="panel">
      <h2 id="journal-heading">Saved from this browser</h2>
      {error && (
        <p className="alert alert-warning">This browser’s local journal (IndexedDB) could not be read, so its saves cannot be shown.</p>
      )}
      {pending && !error && <p className="status">Reading this browser’s journal…</p>}
      {!pending && !error && entries.length === 0 && (
        <p className="status">
          No saves of this session from this browser. Changes listed above were made by another client or not from this browser.
        </p>
      )}
      <ol className="journal-list">
        {entries.map((entry) => {
          const changes = changedFields(entry.before, entry.after)
          const label = `${KIND_TEXT[entry.kind]} ${formatTime(entry.at)}`
          return (
            <li key={entry.seq ?? entry.at} className="journal-entry">
              <h3>
                {KIND_TEXT[entry.kind]} · <time dateTime={entry.at}>{formatTime(entry.at)}</time>{' '}
                <span className="journal-tag">saved from this browser</span>
              </h3>
              {entry.kind === 'updated' && entry.before === undefined && (
                <p className="status">The version before this save was not known to this browser, so only the result is shown.</p>
              )}
              {changes.length > 0 ? (
                <FieldDiffTable changes={changes} caption={`Fields changed: ${label}, saved from this browser`} />
              ) : (
                <p className="status">Saved without changing any field.</p>
              )}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
