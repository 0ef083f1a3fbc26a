import { CHANGE_KINDS, type ChangeKind, type FeedEntry, type FeedSources, type VersionSpan } from './feed-entry.ts'

// Merging the three change-query sources into one list, newest first. Pure, so the order rules
// are tested without a server.

export interface ChangeWindow {
  min: number
  max: number
}

/**
 * Builds feed entries from one page of each source. `located` holds what is known of each
 * session's change version (see locate-change-versions.ts); a session not located yet, or a
 * tracked row without a changeVersion, spans the whole window.
 */
export function mergeChanges(sources: FeedSources, located: ReadonlyMap<string, VersionSpan>, window: ChangeWindow): FeedEntry[] {
  const whole = { lo: window.min, hi: window.max }
  const exact = (v: number | undefined): VersionSpan => (v === undefined ? whole : { lo: v, hi: v })
  const entries: FeedEntry[] = [
    ...sources.upserts.map((session): FeedEntry => ({
      kind: 'upsert',
      id: session.id,
      version: located.get(session.id) ?? whole,
      session,
    })),
    ...sources.deletes.map((d): FeedEntry => ({ kind: 'delete', id: d.id, version: exact(d.changeVersion), key: d.keyValues ?? {} })),
    ...sources.keyChanges.map((k): FeedEntry => ({
      kind: 'keyChange',
      id: k.id,
      version: exact(k.changeVersion),
      oldKey: k.oldKeyValues ?? {},
      newKey: k.newKeyValues ?? {},
    })),
  ]
  return entries.sort(compareNewestFirst)
}

const kindRank = (kind: ChangeKind) => CHANGE_KINDS.indexOf(kind)
const modifiedAt = (entry: FeedEntry) => (entry.kind === 'upsert' ? (entry.session._lastModifiedDate ?? '') : '')

/**
 * Newest first: by the upper bound of the version, then the lower bound (an exact version before
 * a range that ends at the same place), then by kind, then the later write time (only sessions
 * have one; ISO timestamps in UTC compare as strings), then the id so the order is total.
 */
export function compareNewestFirst(a: FeedEntry, b: FeedEntry): number {
  return (
    b.version.hi - a.version.hi ||
    b.version.lo - a.version.lo ||
    kindRank(a.kind) - kindRank(b.kind) ||
    modifiedAt(b).localeCompare(modifiedAt(a)) ||
    (a.id ?? '').localeCompare(b.id ?? '')
  )
}

export interface FeedFilter {
  kinds: readonly ChangeKind[]
  schoolId?: number
}

/**
 * Kind and school filters. A key change matches a school when either its old or new key is in it
 * (a session moved between schools belongs to both stories).
 */
export function filterChanges(entries: readonly FeedEntry[], filter: FeedFilter): FeedEntry[] {
  return entries.filter((entry) => {
    if (!filter.kinds.includes(entry.kind)) return false
    if (filter.schoolId === undefined) return true
    switch (entry.kind) {
      case 'upsert':
        return entry.session.schoolReference.schoolId === filter.schoolId
      case 'delete':
        return entry.key.schoolId === filter.schoolId
      case 'keyChange':
        return entry.oldKey.schoolId === filter.schoolId || entry.newKey.schoolId === filter.schoolId
    }
  })
}
