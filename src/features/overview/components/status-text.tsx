import type { SeverityCounts } from '../school-summary.ts'

const ICONS = { error: '✖', warning: '▲', note: '●' } as const

export function StatusText({ counts }: { counts: SeverityCounts }) {
  const parts = (['error', 'warning', 'note'] as const).filter((s) => counts[s] > 0)
  if (parts.length === 0)
    return (
      <span className="overview-status overview-status-ok">
        <span aria-hidden="true">✓</span> No findings
      </span>
    )
  return (
    <span className="overview-status">
      {parts.map((s) => (
        <span key={s} className={`overview-severity overview-severity-${s}`}>
          <span aria-hidden="true">{ICONS[s]}</span> {counts[s]} {counts[s] === 1 ? s : `${s}s`}
        </span>
      ))}
    </span>
  )
}
