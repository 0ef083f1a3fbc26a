import type { MonthAxis } from '../year-layout.ts'

/** Month names along the top of the chart; each school's lanes share it. */
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

/** Faint month boundaries behind a lane. */
export function MonthGrid({ axis }: { axis: MonthAxis }) {
  return (
    <div className="month-grid" aria-hidden="true">
      {axis.months.map((m) => (
        <span key={m.key} style={{ left: `${m.left}%` }} />
      ))}
    </div>
  )
}
