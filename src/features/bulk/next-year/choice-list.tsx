interface ChoiceListProps {
  legend: string
  options: { value: string; label: string }[]
  /** Everything is chosen unless left out, so "all" is the default without a reset when options change. */
  leftOut: ReadonlySet<string>
  onChange: (leftOut: ReadonlySet<string>) => void
}

export function ChoiceList({ legend, options, leftOut, onChange }: ChoiceListProps) {
  const toggle = (value: string, checked: boolean) => {
    const next = new Set(leftOut)
    if (checked) next.delete(value)
    else next.add(value)
    onChange(next)
  }
  const chosen = options.filter((o) => !leftOut.has(o.value)).length
  return (
    <fieldset>
      <legend>
        {legend} ({chosen} of {options.length} chosen)
      </legend>
      <div className="bulk-checks">
        {options.map((o) => (
          <label key={o.value}>
            <input type="checkbox" checked={!leftOut.has(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
