import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { ApiError } from '../../lib/api-error.ts'
import { getSession, type SessionDetail } from './get-session.ts'
import {
  cachedLiveDetail,
  forgetLiveDetail,
  invalidateLive,
  invalidateLiveDetail,
  setLiveDetail,
  type AffectedGroup,
} from './session-cache.ts'
import { emitSessionSaved } from './save-events.ts'
import { SessionConflictError, SessionNotFoundError, SnapshotReadOnlyError } from './session-errors.ts'
import type { LockedWriteOptions } from './session-params.ts'
import { sameSessionKey, sessionKeyOf, toSessionBody, type SessionBody } from './session-schema.ts'
import { deleteSession, updateSession, upsertSession, type UpdateSessionResult, type UpsertSessionResult } from './write-session.ts'
import { toWriteError } from './write-failures.ts'

// Pessimistic: the cache changes only after the server said yes; a failed re-read never fails a saved write.

export interface WriteHookOptions {
  snapshot?: boolean
}

export interface UpsertSessionVariables {
  session: SessionBody
  ifMatch?: string
  before?: SessionBody
}

export interface UpdateSessionVariables extends LockedWriteOptions {
  id: string
  session: SessionBody
  before?: SessionBody
}

export interface DeleteSessionVariables extends LockedWriteOptions {
  id: string
}

export type AfterWrite = { detail: SessionDetail | undefined }

async function readBack(client: QueryClient, id: string): Promise<SessionDetail | undefined> {
  try {
    const answer = await getSession(id)
    if (answer.notModified) return undefined
    const detail = { session: answer.session, etag: answer.etag }
    setLiveDetail(client, id, detail)
    return detail
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    await invalidateLiveDetail(client, id)
    return undefined
  }
}

async function afterFailure(client: QueryClient, error: unknown, id: string | undefined): Promise<void> {
  if (error instanceof SessionConflictError) {
    const current = error.current
    if (current) setLiveDetail(client, current.session.id, current)
    else if (id) await forgetLiveDetail(client, id)
    await invalidateLive(client, ['lists', 'cursors'])
  } else if (error instanceof SessionNotFoundError) {
    await forgetLiveDetail(client, error.id)
    await invalidateLive(client, ['lists', 'cursors'])
  }
}

export function useUpsertSession({ snapshot = false }: WriteHookOptions = {}) {
  const client = useQueryClient()
  return useMutation<UpsertSessionResult & AfterWrite, ApiError, UpsertSessionVariables>({
    mutationFn: async ({ session, ifMatch, before }) => {
      if (snapshot) throw new SnapshotReadOnlyError('create or update')
      let result: UpsertSessionResult
      try {
        result = await upsertSession(session, { ifMatch })
      } catch (error) {
        throw await toWriteError(error, { key: sessionKeyOf(session) })
      }
      const detail = await readBack(client, result.id)
      emitSessionSaved({
        kind: result.created ? 'created' : 'updated',
        id: result.id,
        before: result.created ? undefined : before,
        after: detail ? toSessionBody(detail.session) : session,
        etag: detail?.etag ?? result.etag,
      })
      return { ...result, detail }
    },
    onSuccess: async ({ created }) => {
      // A re-created natural key hides the tombstone of an earlier delete of that key.
      const groups: AffectedGroup[] = ['lists', 'cursors', 'partitions', 'availableChangeVersions', 'feed']
      await invalidateLive(client, created ? [...groups, 'deletes'] : groups)
    },
    onError: (error) => afterFailure(client, error, undefined),
  })
}

export function useUpdateSession({ snapshot = false }: WriteHookOptions = {}) {
  const client = useQueryClient()
  return useMutation<UpdateSessionResult & AfterWrite & { keyChanged: boolean | undefined }, ApiError, UpdateSessionVariables>({
    mutationFn: async ({ id, session, ifMatch, before: seen }) => {
      if (snapshot) throw new SnapshotReadOnlyError('update')
      const cached = cachedLiveDetail(client, id)?.session
      const before = seen ?? (cached ? toSessionBody(cached) : undefined)
      let result: UpdateSessionResult
      try {
        result = await updateSession(id, session, { ifMatch })
      } catch (error) {
        throw await toWriteError(error, { id })
      }
      const keyChanged = before ? !sameSessionKey(sessionKeyOf(before), sessionKeyOf(session)) : undefined
      const detail = await readBack(client, result.id)
      emitSessionSaved({
        kind: 'updated',
        id: result.id,
        before,
        after: detail ? toSessionBody(detail.session) : session,
        etag: detail?.etag ?? result.etag,
      })
      return { ...result, keyChanged, detail }
    },
    onSuccess: async ({ keyChanged }) => {
      const groups: AffectedGroup[] = ['lists', 'cursors', 'partitions', 'availableChangeVersions', 'feed']
      // Leaving a key can also reveal the tombstone of an earlier delete of that key.
      await invalidateLive(client, keyChanged === false ? groups : [...groups, 'keyChanges', 'deletes'])
    },
    onError: (error, { id }) => afterFailure(client, error, id),
  })
}

export function useDeleteSession({ snapshot = false }: WriteHookOptions = {}) {
  const client = useQueryClient()
  return useMutation<{ id: string }, ApiError, DeleteSessionVariables>({
    mutationFn: async ({ id, ifMatch }) => {
      if (snapshot) throw new SnapshotReadOnlyError('delete')
      const cached = cachedLiveDetail(client, id)?.session
      try {
        await deleteSession(id, { ifMatch })
      } catch (error) {
        throw await toWriteError(error, { id })
      }
      emitSessionSaved({ kind: 'deleted', id, before: cached ? toSessionBody(cached) : undefined, after: undefined, etag: undefined })
      return { id }
    },
    onSuccess: async ({ id }) => {
      await forgetLiveDetail(client, id)
      await invalidateLive(client, ['lists', 'cursors', 'partitions', 'deletes', 'availableChangeVersions', 'feed'])
    },
    onError: (error, { id }) => afterFailure(client, error, id),
  })
}
