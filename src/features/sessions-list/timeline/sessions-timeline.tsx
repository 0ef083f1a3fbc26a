import { Link } from '@tanstack/react-router'
import { useState } from 'react'
import { descriptorLabel } from '../../../lib/edfi/descriptors.ts'
import type { Session } from '../../../entities/sessions/session-schema.ts'
import { formatDateOnly } from '../../../lib/format-values.ts'
import { barOf, monthTicks, position, spanOf } from './timeline-scale.ts'
import type { SessionLookups } from '../../../entities/lookups/use-session-lookups.ts'
import './sessions-timeline.css'

// Each row is also text and a link, so it reads as a list without the picture.

const SCHOOL_COLOURS = 6

interface TimelineProps {
  sessions: readonly Session[]
  lookups: SessionLookups
}

export function SessionsTimeline({ sessions, lookups }: TimelineProps) {
  // Closed by default: its rows are only built once it is opened, so a page turn does not pay for them.
  const [open, setOpen] = useState(false)
  if (sessions.length === 0) return null
  return (
    <details className="sessions-timeline" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Timeline of this page ({sessions.length} sessions)</summary>
      {open && <TimelineBody sessions={sessions} lookups={lookups} />}
    </details>
  )
}

function TimelineBody({ sessions, lookups }: TimelineProps) {
  const span = spanOf(sessions)
  if (!span) return null
  const schools = [...new Set(sessions.map((s) => s.schoolReference.schoolId))]
  const ticks = monthTicks(span)
  return (
    <div className="timeline-body">
      <div className="timeline-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.day} className="timeline-tick" style={{ left: `${position(tick.day, span) * 100}%` }}>
            {tick.label}
          </span>
        ))}
      </div>
      <ol className="timeline-rows">
        {sessions.map((session) => {
          const bar = barOf(session.beginDate, session.endDate, span)
          const schoolId = session.schoolReference.schoolId
          const school = lookups.schoolName(schoolId) ?? `School ${schoolId}`
          const dates = `${formatDateOnly(session.beginDate)} to ${formatDateOnly(session.endDate)}`
          return (
            <li key={session.id} className="timeline-row">
              <Link to="/sessions/$sessionId" params={{ sessionId: session.id }} className="timeline-label">
                {session.sessionName}
                <span className="visually-hidden">{`, ${school}, ${descriptorLabel(session.termDescriptor)}, ${dates}`}</span>
              </Link>
              <span className="timeline-track" aria-hidden="true">
                <span
                  className={`timeline-bar school-colour-${schools.indexOf(schoolId) % SCHOOL_COLOURS}`}
                  style={{ left: `${bar.x * 100}%`, width: `max(${bar.width * 100}%, 2px)` }}
                  title={`${session.sessionName} · ${school} · ${dates}`}
                />
              </span>
            </li>
          )
        })}
      </ol>
      <ul className="timeline-legend" aria-label="Schools">
        {schools.map((id, index) => (
          <li key={id}>
            <span className={`timeline-swatch school-colour-${index % SCHOOL_COLOURS}`} aria-hidden="true" />
            {lookups.schoolName(id) ?? `School ${id}`}
          </li>
        ))}
      </ul>
    </div>
  )
}
