import type { MonthAxis } from '../year-layout.ts'

export function MonthAxisRow({ axis }: { axis: MonthAxis }) {
  return (
    <div className="month-axis" aria-hidden="true">
      {axis.months.map((m) => (
        <span key={m.key} className="month-tick" style={{ left: `${m.left}%`, width: `${m.width}%` }}>
          <span className="month-long">{m.label}</span>
          <span className="month-short">{m.initial}</span>
        </span>
      ))}
    </div>
  )
}

export function MonthGrid({ axis }: { axis: MonthAxis }) {
  return (
    <div className="month-grid" aria-hidden="true">
      {axis.months.map((m) => (
        <span key={m.key} style={{ left: `${m.left}%` }} />
      ))}
    </div>
  )
}
