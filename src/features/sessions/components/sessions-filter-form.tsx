import { useDetailsMode } from '../../../lib/details-mode.ts'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useId, type Ref } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { Narrowing } from '../sessions-search.ts'
import { FilterField } from './filter-field.tsx'
import { filterFormSchema, toFilterFormInput, type FilterFormInput } from './filter-form-schema.ts'
import { FILTER_LABELS } from './filter-labels.ts'
import { SchoolOptions, SchoolYearOptions, TermOptions } from './filter-pickers.tsx'

interface SessionsFilterFormProps {
  /** The filters applied now (from the URL). */
  applied: Narrowing
  snapshot: boolean
  onApply: (narrowing: Narrowing) => void
  onReset: () => void
  formRef?: Ref<HTMLFormElement>
}

/**
 * The eight property filters of GET /ed-fi/sessions and the change-version window. What is typed
 * stays in the form until Apply; the URL holds what is applied, and the form follows the URL when
 * it changes elsewhere (a chip removed, Back, a shared link).
 */
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
  // The record id and change-version window are Ed-Fi's terms: offered when details are on (or in use).
  const details = useDetailsMode()
  const showId = details || applied.id !== undefined

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
        Filters match exactly, as the Ed-Fi API does: type a session name in full; dates and days must be equal. There is no
        partial or range search.
      </p>
      <div className="filter-grid">
        <FilterField label={FILTER_LABELS.schoolId}>
          {(control) => (
            <select {...control} {...register('schoolId')} value={schoolId}>
              <SchoolOptions snapshot={snapshot} current={schoolId} />
            </select>
          )}
        </FilterField>
        <FilterField label={FILTER_LABELS.schoolYear}>
          {(control) => (
            <select {...control} {...register('schoolYear')} value={schoolYear}>
              <SchoolYearOptions snapshot={snapshot} current={schoolYear} />
            </select>
          )}
        </FilterField>
        <FilterField label={FILTER_LABELS.sessionName} error={errors.sessionName?.message}>
          {(control) => <input {...control} {...register('sessionName')} type="text" autoComplete="off" spellCheck={false} />}
        </FilterField>
        <FilterField label={FILTER_LABELS.termDescriptor}>
          {(control) => (
            <select {...control} {...register('termDescriptor')} value={termDescriptor}>
              <TermOptions snapshot={snapshot} current={termDescriptor} />
            </select>
          )}
        </FilterField>
        <FilterField label={FILTER_LABELS.beginDate} error={errors.beginDate?.message}>
          {(control) => <input {...control} {...register('beginDate')} type="date" />}
        </FilterField>
        <FilterField label={FILTER_LABELS.endDate} error={errors.endDate?.message}>
          {(control) => <input {...control} {...register('endDate')} type="date" />}
        </FilterField>
        <FilterField label={FILTER_LABELS.totalInstructionalDays} error={errors.totalInstructionalDays?.message}>
          {(control) => <input {...control} {...register('totalInstructionalDays')} type="text" inputMode="numeric" autoComplete="off" />}
        </FilterField>
        {showId && (
          <FilterField label={FILTER_LABELS.id} error={errors.id?.message}>
            {(control) => <input {...control} {...register('id')} type="text" autoComplete="off" spellCheck={false} className="mono" />}
          </FilterField>
        )}
      </div>
      {(details || windowOpen) && (<details className="filter-window" open={windowOpen || undefined}>
        <summary>Change-version window (optional)</summary>
        <p className="form-hint">Only sessions last changed within these change versions (both ends included).</p>
        <div className="filter-grid">
          <FilterField label={FILTER_LABELS.minChangeVersion} error={errors.minChangeVersion?.message}>
            {(control) => <input {...control} {...register('minChangeVersion')} type="text" inputMode="numeric" autoComplete="off" />}
          </FilterField>
          <FilterField label={FILTER_LABELS.maxChangeVersion} error={errors.maxChangeVersion?.message}>
            {(control) => <input {...control} {...register('maxChangeVersion')} type="text" inputMode="numeric" autoComplete="off" />}
          </FilterField>
        </div>
      </details>)}
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
