import { readJson, request, requestChangeQueries } from '../../lib/api-client.ts'
import { readTotalCount, toSearch } from '../../lib/edfi/paging.ts'
import type { z } from 'zod'
import {
  pickSearch,
  SESSION_FILTER_NAMES,
  type SessionChangesParams,
  type SessionPartitionsParams,
  type SnapshotOption,
} from './session-params.ts'
import {
  availableChangeVersionsSchema,
  partitionsSchema,
  sessionDeleteListSchema,
  sessionKeyChangeListSchema,
  type AvailableChangeVersions,
  type SessionDelete,
  type SessionKeyChange,
} from './session-schema.ts'

export interface ChangePage<T> {
  items: T[]
  total: number | undefined
}

async function listChanges<T>(
  path: string,
  params: SessionChangesParams,
  schema: z.ZodType<T[]>,
  signal?: AbortSignal,
): Promise<ChangePage<T>> {
  const search = toSearch({
    ...pickSearch(params, ['minChangeVersion', 'maxChangeVersion', 'totalCount'] as const),
    offset: params.offset ?? 0,
    limit: params.limit,
  })
  const res = await request(`ed-fi/sessions/${path}?${search}`, { signal, snapshot: params.snapshot })
  return { items: await readJson(res, schema), total: readTotalCount(res) }
}

/** A delete is hidden again once the same key is re-created. */
export function listSessionDeletes(params: SessionChangesParams, signal?: AbortSignal): Promise<ChangePage<SessionDelete>> {
  return listChanges('deletes', params, sessionDeleteListSchema, signal)
}

export function listSessionKeyChanges(params: SessionChangesParams, signal?: AbortSignal): Promise<ChangePage<SessionKeyChange>> {
  return listChanges('keyChanges', params, sessionKeyChangeListSchema, signal)
}

export async function listSessionPartitions(params: SessionPartitionsParams, signal?: AbortSignal): Promise<string[]> {
  const search = toSearch(
    pickSearch(params, [...SESSION_FILTER_NAMES, 'minChangeVersion', 'maxChangeVersion', 'number', 'allowSmallPartitions'] as const),
  )
  const res = await request(`ed-fi/sessions/partitions${search ? `?${search}` : ''}`, { signal, snapshot: params.snapshot })
  return (await readJson(res, partitionsSchema)).pageTokens ?? []
}

export async function getAvailableChangeVersions(options: SnapshotOption = {}, signal?: AbortSignal): Promise<AvailableChangeVersions> {
  const res = await requestChangeQueries('availableChangeVersions', { signal, snapshot: options.snapshot })
  return readJson(res, availableChangeVersionsSchema)
}
