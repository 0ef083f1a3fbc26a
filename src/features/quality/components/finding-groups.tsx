import { RULE_TITLES, SEVERITIES, type Finding, type RuleId, type Severity } from '../rules/index.ts'
import { FindingItem } from './finding-item.tsx'

const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', note: 'Notes' }
const ICONS: Record<Severity, string> = { error: '✖', warning: '▲', note: '●' }

function groupByRule(findings: readonly Finding[]): [RuleId, Finding[]][] {
  const groups = new Map<RuleId, Finding[]>()
  for (const f of findings) {
    const list = groups.get(f.rule)
    if (list) list.push(f)
    else groups.set(f.rule, [f])
  }
  return [...groups]
}

const SHOWN_PER_RULE = 50

export function FindingGroups({ findings }: { findings: readonly Finding[] }) {
  return (
    <>
      {SEVERITIES.map((severity) => {
        const ofSeverity = findings.filter((f) => f.severity === severity)
        if (ofSeverity.length === 0) return null
        return (
          <section key={severity} className="finding-severity" aria-labelledby={`findings-${severity}`}>
            <h2 id={`findings-${severity}`}>
              <span className={`severity severity-${severity}`}>
                <span aria-hidden="true">{ICONS[severity]}</span> {HEADINGS[severity]}
              </span>{' '}
              ({ofSeverity.length})
            </h2>
            {groupByRule(ofSeverity).map(([rule, ofRule]) => (
              <section key={rule} className="finding-rule" aria-labelledby={`rule-${severity}-${rule}`}>
                <h3 id={`rule-${severity}-${rule}`}>
                  {RULE_TITLES[rule]} ({ofRule.length})
                </h3>
                <ul className="finding-list">
                  {ofRule.slice(0, SHOWN_PER_RULE).map((f) => (
                    <FindingItem key={f.key} finding={f} />
                  ))}
                </ul>
                {ofRule.length > SHOWN_PER_RULE && (
                  <p className="muted">
                    {ofRule.length - SHOWN_PER_RULE} more like these: narrow the check to one school, or download the findings to see them
                    all.
                  </p>
                )}
              </section>
            ))}
          </section>
        )
      })}
    </>
  )
}
