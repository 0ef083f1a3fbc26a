import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useEffect, useState } from 'react'
import { sessionQueries } from '../../entities/sessions/session-queries.ts'
import { useCapabilities } from '../../shared/connection/connection-context.tsx'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'
import { useDetailsMode } from '../../lib/details-mode.ts'
import { useLastSeenChangeVersion } from './last-visit-store.ts'
import { useChangesSince } from './use-changes-since.ts'
import './changes.css'

/**
 * "N changes since your last visit" for the active connection, linking to exactly those changes in
 * the feed, with a way to mark them as seen. The first time a connection is seen, its newest change
 * version becomes the starting point, so the count means something on the next visit. The marker
 * is about live data: in snapshot mode (an older, frozen copy) it is read but never written, so
 * the snapshot's lower newest version cannot bring already-seen changes back.
 */
export function SinceLastVisitBadge() {
  const { snapshot } = useSnapshotMode()
  const details = useDetailsMode()
  const changeQueries = useCapabilities()?.changeQueries !== false
  const available = useQuery({ ...sessionQueries.availableChangeVersions(snapshot), enabled: changeQueries })
  const { lastSeen, markSeen } = useLastSeenChangeVersion()
  const [firstVisit] = useState(lastSeen === undefined)
  const newest = available.data?.newestChangeVersion
  const { count } = useChangesSince(lastSeen, newest, snapshot)

  useEffect(() => {
    // A stored version above the live newest means the database was replaced: start again from now.
    if (!snapshot && newest !== undefined && (lastSeen === undefined || lastSeen > newest)) markSeen(newest)
  }, [snapshot, lastSeen, newest, markSeen])

  if (newest === undefined || lastSeen === undefined) return null
  return (
    <p className="since-badge" aria-live="polite">
      {count === undefined ? (
        <span className="muted">Counting changes since your last visit…</span>
      ) : count === 0 && firstVisit ? (
        <span>First visit: changes are counted from now on.</span>
      ) : count === 0 ? (
        <span>No changes to sessions since your last visit{details && ` (change version ${lastSeen})`}.</span>
      ) : (
        <>
          <Link
            to="/changes"
            search={{ window: 'last-visit', minChangeVersion: lastSeen + 1, maxChangeVersion: newest }}
            className="since-badge-link"
          >
            <span className="badge">{count}</span> {count === 1 ? 'change' : 'changes'} to sessions since your last visit
          </Link>{' '}
          {!snapshot && (
            <button type="button" className="button-link" onClick={() => markSeen(newest)}>
              Mark as seen
            </button>
          )}
        </>
      )}
    </p>
  )
}
