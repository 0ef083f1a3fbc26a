import type { Paging } from '../../../entities/sessions/sessions-search.ts'
import { CursorPager } from './cursor-pager.tsx'
import { OffsetPager } from './offset-pager.tsx'
import type { SessionPageView } from '../use-session-page.ts'

interface SessionsPagerProps {
  paging: Paging
  page: SessionPageView
  onPagingChange: (next: Partial<Paging>) => void
  onPagingIntent?: (next: Partial<Paging>) => void
}

export function SessionsPager({ paging, page, onPagingChange, onPagingIntent }: SessionsPagerProps) {
  if (page.items === undefined) return null
  const count = page.items.length
  if (paging.mode === 'offset') {
    return (
      <OffsetPager
        offset={paging.offset}
        size={paging.size}
        count={count}
        total={page.total}
        disabled={page.stale}
        onOffsetChange={(offset) => onPagingChange({ offset })}
        onIntent={(offset) => onPagingIntent?.({ offset })}
      />
    )
  }
  const next = page.nextPageToken
  return (
    <CursorPager
      depth={paging.tokens.length}
      size={paging.size}
      count={count}
      hasMore={next !== undefined}
      disabled={page.stale}
      onNext={() => next !== undefined && onPagingChange({ tokens: [...paging.tokens, next] })}
      onNextIntent={() => next !== undefined && onPagingIntent?.({ tokens: [...paging.tokens, next] })}
      onPrevious={() => onPagingChange({ tokens: paging.tokens.slice(0, -1) })}
      onFirst={() => onPagingChange({ tokens: [] })}
    />
  )
}
