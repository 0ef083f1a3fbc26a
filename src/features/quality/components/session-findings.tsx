import { Link } from '@tanstack/react-router'
import { useSnapshotMode } from '../../../shared/snapshot/snapshot-mode.tsx'
import { RULE_TITLES, DEFAULT_CHECK_OPTIONS } from '../rules/index.ts'
import { useQualityReport } from '../use-quality-report.ts'
import { SeverityBadge } from './severity-badge.tsx'
import './quality.css'

interface SessionFindingsProps {
  sessionId: string
  schoolYear: number
}

export function SessionFindings({ sessionId, schoolYear }: SessionFindingsProps) {
  const { snapshot } = useSnapshotMode()
  const report = useQualityReport({ filters: { schoolYear }, snapshot, options: DEFAULT_CHECK_OPTIONS })
  const data = report.query.data
  const own = data?.findings.filter((f) => f.sessions.some((s) => s.id === sessionId)) ?? []
  return (
    <section className="session-findings" aria-labelledby="session-findings-heading">
      <h2 id="session-findings-heading">Data quality</h2>
      {report.query.isFetching && !data ? (
        <p className="status" role="status">
          Checking the sessions of this school year…
        </p>
      ) : !data ? (
        <p className="status">The checks could not run.</p>
      ) : own.length === 0 ? (
        <p className="overview-status-ok">
          <span aria-hidden="true">✓</span> No findings for this session.
        </p>
      ) : (
        <ul>
          {own.map((f) => (
            <li key={f.key}>
              <SeverityBadge severity={f.severity} /> <strong>{RULE_TITLES[f.rule]}:</strong> {f.explanation} <em>What to do:</em>{' '}
              {f.suggestedFix}
              {f.prefill?.sessionId === sessionId && (
                <>
                  {' '}
                  <Link to="/sessions/$sessionId" params={{ sessionId }} search={{ edit: true, ...f.prefill.values }}>
                    Fix in the editor
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/quality" search={{ schoolYear }}>
          All findings of this school year
        </Link>
      </p>
    </section>
  )
}
