import { useDetailsMode } from '../../../lib/details-mode.ts'
import { useId, useState, type FormEvent } from 'react'
import type { AvailableChangeVersions } from '../../../entities/sessions/session-schema.ts'
import { DEFAULT_LAST_N, lastNWindow, sinceVersionWindow, type ResolvedWindow } from '../change-window.ts'
import type { WindowKind } from '../changes-search.ts'

interface WindowPickerProps {
  current: ResolvedWindow
  last: number | undefined
  available: AvailableChangeVersions
  lastSeen: number | undefined
  onChoose: (window: ResolvedWindow & { last?: number }) => void
}

export function WindowPicker({ current, last, available, lastSeen, onChoose }: WindowPickerProps) {
  const id = useId()
  const details = useDetailsMode()
  const [kind, setKind] = useState<WindowKind>(current.kind === 'last-visit' && lastSeen === undefined ? 'last' : current.kind)
  const [n, setN] = useState(String(last ?? DEFAULT_LAST_N))
  const [min, setMin] = useState(String(current.min))
  const [max, setMax] = useState(String(current.max))
  const [error, setError] = useState<string>()

  function apply(event: FormEvent) {
    event.preventDefault()
    if (kind === 'last-visit' && lastSeen !== undefined) return onChoose(sinceVersionWindow(lastSeen, available))
    if (kind === 'last') {
      const count = Number(n)
      if (!Number.isInteger(count) || count < 1) return setError('Enter a whole number of change versions, 1 or more.')
      setError(undefined)
      return onChoose({ ...lastNWindow(count, available), last: count })
    }
    const lo = Number(min)
    const hi = Number(max)
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 0 || hi < lo) {
      return setError('Enter whole numbers with “from” not above “to”.')
    }
    setError(undefined)
    onChoose({ kind: 'custom', min: lo, max: hi })
  }

  const errorId = `${id}-error`
  return (
    <form className="window-picker panel" onSubmit={apply} aria-describedby={error ? errorId : undefined}>
      <fieldset>
        <legend>Window</legend>
        <label className="form-check">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'last-visit'}
            disabled={lastSeen === undefined}
            onChange={() => setKind('last-visit')}
          />
          <span>
            Since my last visit
            {lastSeen === undefined
              ? ' (nothing marked as seen yet for this connection)'
              : details
                ? ` (after change version ${lastSeen})`
                : ''}
          </span>
        </label>
        <div className="window-picker-row">
          <input id={`${id}-last`} type="radio" name={`${id}-kind`} checked={kind === 'last'} onChange={() => setKind('last')} />
          <label htmlFor={`${id}-last`}>The last</label>
          <input
            className="window-picker-number"
            type="number"
            min={1}
            inputMode="numeric"
            aria-label={details ? 'Number of change versions' : 'Number of changes'}
            value={n}
            onFocus={() => setKind('last')}
            onChange={(e) => setN(e.target.value)}
          />
          <span>{details ? 'change versions' : 'changes (to any kind of record)'}</span>
        </div>
        {details && (
          <div className="window-picker-row">
            <input id={`${id}-custom`} type="radio" name={`${id}-kind`} checked={kind === 'custom'} onChange={() => setKind('custom')} />
            <label htmlFor={`${id}-custom`}>Custom: from</label>
            <VersionInput label="From change version" value={min} onFocus={() => setKind('custom')} onChange={setMin} />
            <span>to</span>
            <VersionInput label="To change version" value={max} onFocus={() => setKind('custom')} onChange={setMax} />
          </div>
        )}
      </fieldset>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      {details && (
        <p className="form-hint">
          The server’s change versions run from {available.oldestChangeVersion} to {available.newestChangeVersion}. The counter is shared by
          every resource, so not every version is a session change.
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          Show changes
        </button>
      </div>
    </form>
  )
}

function VersionInput({
  label,
  value,
  onFocus,
  onChange,
}: {
  label: string
  value: string
  onFocus: () => void
  onChange: (value: string) => void
}) {
  return (
    <input
      className="window-picker-number"
      type="number"
      min={0}
      aria-label={label}
      value={value}
      onFocus={onFocus}
      onChange={(e) => onChange(e.target.value)}
    />
  )
}
