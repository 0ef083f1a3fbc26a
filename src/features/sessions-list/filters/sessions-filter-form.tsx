import { useDetailsMode } from '../../../lib/details-mode.ts'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, type Ref } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { Narrowing } from '../../../entities/sessions/sessions-search.ts'
import { InputField, SelectField } from '../../../components/ui/field.tsx'
import { filterFormSchema, toFilterFormInput, type FilterFormInput } from './filter-form-schema.ts'
import { FILTER_LABELS } from '../../../entities/sessions/filter-labels.ts'
import { SchoolOptions, SchoolYearOptions, TermOptions } from '../../../entities/lookups/lookup-options.tsx'

const FIELD = 'filter-field'
const text = { type: 'text', autoComplete: 'off', spellCheck: false } as const
const numeric = { type: 'text', inputMode: 'numeric', autoComplete: 'off' } as const
const date = { type: 'date' } as const
type TypedFilter = 'sessionName' | 'beginDate' | 'endDate' | 'totalInstructionalDays' | 'id' | 'minChangeVersion' | 'maxChangeVersion'

interface SessionsFilterFormProps {
  applied: Narrowing
  snapshot: boolean
  onApply: (narrowing: Narrowing) => void
  onReset: () => void
  formRef?: Ref<HTMLFormElement>
}

/** Typing stays in the form until Apply; the form follows the URL when it changes elsewhere (a chip, Back). */
export function SessionsFilterForm({ applied, snapshot, onApply, onReset, formRef }: SessionsFilterFormProps) {
  const hintId = useId()
  const {
    register,
    handleSubmit,
    reset,
    control,
    formState: { errors },
  } = useForm<FilterFormInput, unknown, Narrowing>({ resolver: zodResolver(filterFormSchema), defaultValues: toFilterFormInput(applied) })

  const appliedKey = JSON.stringify(applied)
  useEffect(() => {
    reset(toFilterFormInput(JSON.parse(appliedKey) as Narrowing))
  }, [appliedKey, reset])

  // Selects are controlled so a value chosen before its options load (from the URL) stays selected.
  const [schoolId, schoolYear, termDescriptor] = useWatch({ control, name: ['schoolId', 'schoolYear', 'termDescriptor'] })
  const windowOpen = applied.minChangeVersion !== undefined || applied.maxChangeVersion !== undefined
  // The record id and change-version window are Ed-Fi's terms: offered with details on (or in use).
  const details = useDetailsMode()
  const showId = details || applied.id !== undefined
  const typed = (name: TypedFilter, kind: typeof text | typeof numeric | typeof date, className = FIELD) => (
    <InputField key={name} className={className} label={FILTER_LABELS[name]} error={errors[name]?.message} {...kind} {...register(name)} />
  )

  return (
    <form
      ref={formRef}
      className="filter-form"
      role="search"
      aria-label="Filter sessions"
      aria-describedby={hintId}
      noValidate
      onSubmit={(event) => void handleSubmit(onApply)(event)}
    >
      <p id={hintId} className="filter-note">
        Filters match exactly, as the Ed-Fi API does: type a session name in full; dates and days must be equal. There is no partial or
        range search.
      </p>
      <div className="filter-grid">
        <SelectField className={FIELD} label={FILTER_LABELS.schoolId} {...register('schoolId')} value={schoolId}>
          <SchoolOptions snapshot={snapshot} current={schoolId} />
        </SelectField>
        <SelectField className={FIELD} label={FILTER_LABELS.schoolYear} {...register('schoolYear')} value={schoolYear}>
          <SchoolYearOptions snapshot={snapshot} current={schoolYear} />
        </SelectField>
        {typed('sessionName', text)}
        <SelectField className={FIELD} label={FILTER_LABELS.termDescriptor} {...register('termDescriptor')} value={termDescriptor}>
          <TermOptions snapshot={snapshot} current={termDescriptor} />
        </SelectField>
        {typed('beginDate', date)}
        {typed('endDate', date)}
        {typed('totalInstructionalDays', numeric)}
        {showId && typed('id', text, `${FIELD} mono`)}
      </div>
      {(details || windowOpen) && (
        <details className="filter-window" open={windowOpen || undefined}>
          <summary>Change-version window (optional)</summary>
          <p className="form-hint">Only sessions last changed within these change versions (both ends included).</p>
          <div className="filter-grid">
            {typed('minChangeVersion', numeric)}
            {typed('maxChangeVersion', numeric)}
          </div>
        </details>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          Apply filters
        </button>
        <button
          type="button"
          onClick={() => {
            // Also clears typing that was never applied (the URL may already be unfiltered).
            reset(toFilterFormInput({}))
            onReset()
          }}
        >
          Reset
        </button>
      </div>
    </form>
  )
}
