import './quality.css'
import { RULE_TITLES, type Finding } from '../rules/index.ts'

const MARKS = { error: '✖', warning: '▲', note: '●' } as const

export function FindingFlag({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null
  const worst = findings.find((f) => f.severity === 'error') ?? findings.find((f) => f.severity === 'warning') ?? findings[0]!
  const words = [...new Set(findings.map((f) => RULE_TITLES[f.rule]))].join('; ')
  return (
    <span className={`finding-flag severity severity-${worst.severity}`} title={words}>
      <span aria-hidden="true">{MARKS[worst.severity]}</span>
      <span className="visually-hidden"> Data-quality findings: {words}</span>
    </span>
  )
}
