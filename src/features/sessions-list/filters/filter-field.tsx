import { useId, type ReactNode } from 'react'

/** The attributes that tie a control to its label, hint and error. */
export interface FieldControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

interface FilterFieldProps {
  label: string
  hint?: string
  error?: string
  children: (control: FieldControlProps) => ReactNode
}

/** A labelled filter control whose hint and error are announced with it. */
export function FilterField({ label, hint, error, children }: FilterFieldProps) {
  const id = useId()
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p id={`${id}-hint`} className="form-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-error">
          {error}
        </p>
      )}
    </div>
  )
}
