import type { Session, SessionDelete, SessionKeyChange } from '../../entities/sessions/session-schema.ts'

export const CHANGE_KINDS = ['upsert', 'keyChange', 'delete'] as const
export type ChangeKind = (typeof CHANGE_KINDS)[number]

/** Ed-Fi cannot tell a create from an update: both are "the row's latest change version is in the window". */
export const KIND_LABELS: Record<ChangeKind, string> = {
  upsert: 'Created or updated',
  keyChange: 'Key changed',
  delete: 'Deleted',
}

/**
 * Where an entry sits in change-version order. Deletes and key changes carry their version; a
 * session read with min/maxChangeVersion does not (the resource has no changeVersion member), so
 * its version is narrowed down by probing and may remain a range (lo < hi).
 */
export interface VersionSpan {
  lo: number
  hi: number
}

export interface TrackedKey {
  sessionName?: string
  schoolId?: number
  schoolYear?: number
}

export type FeedEntry =
  | { kind: 'upsert'; id: string; version: VersionSpan; session: Session }
  | { kind: 'delete'; id: string | undefined; version: VersionSpan; key: TrackedKey }
  | { kind: 'keyChange'; id: string | undefined; version: VersionSpan; oldKey: TrackedKey; newKey: TrackedKey }

export interface FeedSources {
  upserts: readonly Session[]
  deletes: readonly SessionDelete[]
  keyChanges: readonly SessionKeyChange[]
}

export const isExact = (span: VersionSpan) => span.lo === span.hi

export function formatSpan(span: VersionSpan): string {
  return isExact(span) ? String(span.hi) : `${span.lo}–${span.hi}`
}

export function entryKey(entry: FeedEntry): TrackedKey {
  if (entry.kind === 'upsert') {
    const s = entry.session
    return { sessionName: s.sessionName, schoolId: s.schoolReference.schoolId, schoolYear: s.schoolYearTypeReference.schoolYear }
  }
  return entry.kind === 'delete' ? entry.key : entry.newKey
}
