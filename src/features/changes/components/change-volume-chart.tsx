import { useId, type KeyboardEvent } from 'react'
import type { VersionSpan } from '../feed-entry.ts'
import { formatSpan } from '../feed-entry.ts'
import { useDetailsMode } from '../../../lib/details-mode.ts'
import { bucketWhen } from '../window-dates.ts'
import type { BucketCounts } from '../feed-queries.ts'
import { TableHead, type Column } from '../../../components/ui/table-head.tsx'

interface ChangeVolumeChartProps {
  buckets: readonly BucketCounts[]
  onNarrow: (bucket: VersionSpan) => void
}

const WIDTH = 600
const HEIGHT = 140
const GAP = 4
const SEGMENTS = [
  ['upsert', 'Created or updated'],
  ['keyChange', 'Key changes'],
  ['delete', 'Deletes'],
] as const
const VOLUME_COLUMNS: Column[] = [
  'When',
  ...SEGMENTS.map(([, label]) => ({ label, numeric: true as const })),
  { label: 'Total', numeric: true },
  'Narrow',
]

const totalOf = (b: BucketCounts) => b.upsert + b.keyChange + b.delete
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function bucketName(b: BucketCounts, details: boolean): string {
  const when = bucketWhen(b)
  if (details) return `Change versions ${formatSpan(b)}${when ? ` (${when})` : ''}`
  return when ? `Changes ${when}` : 'Changes (time not given by Ed-Fi)'
}

function describeBucket(b: BucketCounts, details: boolean): string {
  return (
    `${bucketName(b, details)}: ${plural(totalOf(b), 'change', 'changes')} ` +
    `(${b.upsert} created or updated, ${b.keyChange} key changes, ${b.delete} deletes)`
  )
}

export function ChangeVolumeChart({ buckets, onNarrow }: ChangeVolumeChartProps) {
  const details = useDetailsMode()
  const axisLabel = (b: BucketCounts) => (details ? formatSpan(b) : (bucketWhen(b) ?? ''))
  const titleId = useId()
  const peak = Math.max(1, ...buckets.map(totalOf))
  const slot = WIDTH / Math.max(1, buckets.length)
  const activate = (bucket: BucketCounts) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onNarrow(bucket)
    }
  }
  const newest = [...buckets].reverse().find((b) => totalOf(b) > 0)
  const newestWhen = newest && (details ? `change versions ${formatSpan(newest)}` : (bucketWhen(newest) ?? 'at the right end'))
  return (
    <figure className="volume-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`} role="group" aria-labelledby={titleId} className="volume-chart-svg">
        <title id={titleId}>Session changes over time, oldest to newest; choose a bar to narrow the list to it</title>
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="volume-axis" />
        {buckets.map((bucket, i) => {
          let y = HEIGHT
          return (
            <g
              key={bucket.lo}
              role="button"
              tabIndex={0}
              aria-label={`${describeBucket(bucket, details)}. Narrow the list to these changes`}
              className="volume-bar"
              onClick={() => onNarrow(bucket)}
              onKeyDown={activate(bucket)}
            >
              <rect x={i * slot + GAP / 2} y={0} width={slot - GAP} height={HEIGHT} className="volume-hit" />
              {SEGMENTS.map(([kind]) => {
                const h = (bucket[kind] / peak) * (HEIGHT - 8)
                y -= h
                return h > 0 ? (
                  <rect key={kind} x={i * slot + GAP / 2} y={y} width={slot - GAP} height={h} className={`volume-${kind}`} />
                ) : null
              })}
              <text
                x={i === 0 && buckets.length > 6 ? 2 : i === buckets.length - 1 && buckets.length > 6 ? WIDTH - 2 : i * slot + slot / 2}
                y={HEIGHT + 14}
                className="volume-label"
                textAnchor={buckets.length > 6 ? (i === 0 ? 'start' : 'end') : 'middle'}
                aria-hidden="true"
              >
                {/* Every label fits up to six bars; beyond that the ends say where the window starts and stops. */}
                {buckets.length <= 6 || i === 0 || i === buckets.length - 1 ? axisLabel(bucket) : ''}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>
        <ul className="volume-legend" aria-label="Legend">
          {SEGMENTS.map(([kind, label]) => (
            <li key={kind}>
              <span className={`volume-swatch volume-${kind}`} aria-hidden="true" /> {label}
            </li>
          ))}
        </ul>
        <p>
          {newest
            ? `Most recent session changes: ${newestWhen}.`
            : 'No session changes in this window: nothing has flowed for these versions.'}{' '}
          A session updated twice counts once, at its latest change. All schools this client may see.
        </p>
      </figcaption>
      <details className="volume-table">
        <summary>Show the chart’s figures as a table</summary>
        <table className="data-table">
          <caption>Session changes over time</caption>
          <TableHead columns={VOLUME_COLUMNS} />
          <tbody>
            {buckets.map((b) => (
              <tr key={b.lo}>
                <th scope="row">{bucketName(b, details)}</th>
                <td className="num">{b.upsert}</td>
                <td className="num">{b.keyChange}</td>
                <td className="num">{b.delete}</td>
                <td className="num">{totalOf(b)}</td>
                <td>
                  <button type="button" className="button-link" onClick={() => onNarrow(b)}>
                    Narrow<span className="visually-hidden"> to {bucketName(b, details)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
