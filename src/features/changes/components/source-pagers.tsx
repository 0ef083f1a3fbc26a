import { KIND_LABELS, type ChangeKind } from '../feed-entry.ts'
import type { SourcePage } from '../use-change-feed.ts'
import { FEED_PAGE_SIZE } from '../use-change-feed.ts'

interface SourcePagersProps {
  pages: Partial<Record<ChangeKind, SourcePage | undefined>>
  kinds: readonly ChangeKind[]
  onOffsetChange: (kind: ChangeKind, offset: number) => void
}

const NOUNS: Record<ChangeKind, string> = {
  upsert: 'sessions created or updated',
  keyChange: 'key changes',
  delete: 'deletes',
}

export function SourcePagers({ pages, kinds, onOffsetChange }: SourcePagersProps) {
  return (
    <ul className="source-pagers" aria-label="Pages of each source">
      {kinds.map((kind) => {
        const page = pages[kind]
        if (!page) return null
        const first = page.count === 0 ? 0 : page.offset + 1
        const last = page.offset + page.count
        const more = page.total === undefined ? page.count === FEED_PAGE_SIZE : last < page.total
        return (
          <li key={kind} className="pager" aria-label={KIND_LABELS[kind]}>
            <p className="pager-summary" aria-live="polite">
              {page.total === 0
                ? `No ${NOUNS[kind]}`
                : `${NOUNS[kind][0]!.toUpperCase()}${NOUNS[kind].slice(1)}: ${first}–${last} of ${page.total ?? 'many'}`}
            </p>
            <button
              type="button"
              disabled={page.busy || page.offset === 0}
              onClick={() => onOffsetChange(kind, Math.max(0, page.offset - FEED_PAGE_SIZE))}
            >
              Previous<span className="visually-hidden"> {NOUNS[kind]}</span>
            </button>
            <button type="button" disabled={page.busy || !more} onClick={() => onOffsetChange(kind, page.offset + FEED_PAGE_SIZE)}>
              Next<span className="visually-hidden"> {NOUNS[kind]}</span>
            </button>
          </li>
        )
      })}
    </ul>
  )
}
