import type { ReactNode } from 'react'

interface ExportChoiceProps<Value extends string> {
  name: string
  value: Value
  checked: boolean
  onChoose: (value: Value) => void
  describedBy?: string
  children: ReactNode
}

export function ExportChoice<Value extends string>({ name, value, checked, onChoose, describedBy, children }: ExportChoiceProps<Value>) {
  return (
    <label className="export-choice">
      <input type="radio" name={name} value={value} checked={checked} onChange={() => onChoose(value)} aria-describedby={describedBy} />
      {children}
    </label>
  )
}
