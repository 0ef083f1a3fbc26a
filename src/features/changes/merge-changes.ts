import { CHANGE_KINDS, type ChangeKind, type FeedEntry, type FeedSources, type VersionSpan } from './feed-entry.ts'

export interface ChangeWindow {
  min: number
  max: number
}

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
