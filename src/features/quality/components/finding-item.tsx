import { Link } from '@tanstack/react-router'
import type { Finding } from '../rules/types.ts'

export function FindingItem({ finding }: { finding: Finding }) {
  const shown = finding.sessions.slice(0, 8)
  return (
    <li className="finding">
      <p className="finding-text">{finding.explanation}</p>
      <p className="finding-fix">
        <strong>What to do:</strong> {finding.suggestedFix}
      </p>
      {shown.length > 0 && (
        <ul className="finding-sessions" aria-label="Sessions involved">
          {shown.map((s) => {
            const prefill = finding.prefill?.sessionId === s.id ? finding.prefill.values : undefined
            return (
              <li key={s.id}>
                <Link to="/sessions/$sessionId" params={{ sessionId: s.id }}>
                  {s.name}
                </Link>
                <Link
                  to="/sessions/$sessionId"
                  params={{ sessionId: s.id }}
                  search={{ edit: true, ...prefill }}
                  className="button-like finding-edit"
                >
                  {prefill ? 'Fix in the editor' : 'Edit'}
                  <span className="visually-hidden"> {s.name}</span>
                </Link>
              </li>
            )
          })}
          {finding.sessions.length > shown.length && <li className="muted">and {finding.sessions.length - shown.length} more</li>}
        </ul>
      )}
    </li>
  )
}
