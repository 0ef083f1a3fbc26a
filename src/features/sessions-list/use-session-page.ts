import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { ApiError } from '../../lib/api-error.ts'
import type { Session } from '../../entities/sessions/session-schema.ts'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import type { ChangeVersionWindow, SessionFilters } from '../../entities/sessions/session-params.ts'
import type { Paging } from '../../entities/sessions/sessions-search.ts'

export interface SessionPageView {
  items: Session[] | undefined
  total: number | undefined
  nextPageToken: string | undefined
  stale: boolean
  error: ApiError | null
  retry: () => void
}

interface Params {
  filters: SessionFilters
  changeWindow: ChangeVersionWindow
  paging: Paging
  snapshot: boolean
}

/** Next pushes its token onto the URL's history, so Back and shared links land on the same page. */
export function useSessionPage({ filters, changeWindow, paging, snapshot }: Params): SessionPageView {
  const offsetMode = paging.mode === 'offset'
  const list = useQuery({
    ...sessionQueries.list({ ...filters, ...changeWindow, snapshot, offset: paging.offset, limit: paging.size }),
    enabled: offsetMode,
  })
  const cursor = useInfiniteQuery({
    ...sessionQueries.cursor({ ...filters, ...changeWindow, snapshot, pageSize: paging.size, pageToken: paging.tokens.at(-1) }),
    enabled: !offsetMode,
    placeholderData: keepPreviousData,
  })
  if (offsetMode) {
    return {
      items: list.data?.items,
      total: list.data?.total,
      nextPageToken: undefined,
      stale: list.isPlaceholderData,
      error: list.data ? null : list.error,
      retry: () => void list.refetch(),
    }
  }
  const page = cursor.data?.pages[0]
  return {
    items: page?.items,
    total: undefined,
    nextPageToken: page?.nextPageToken,
    stale: cursor.isPlaceholderData,
    error: page ? null : cursor.error,
    retry: () => void cursor.refetch(),
  }
}
