import { useFormContext, useWatch } from 'react-hook-form'
import { SchoolOptions, SchoolYearOptions, TermOptions } from '../components/filter-pickers.tsx'
import { FormField } from './form-field.tsx'
import { ReferenceListField } from './reference-list-field.tsx'
import { dateOrderWarning, type SessionFormValues } from './session-form.ts'

/** Every member of a session as form controls; the form itself (and its submit) belongs to the dialog. */
export function SessionFormFields() {
  const { register, formState, control } = useFormContext<SessionFormValues>()
  const errors = formState.errors
  const [schoolId, schoolYear, termDescriptor, beginDate, endDate] = useWatch({
    control,
    name: ['schoolId', 'schoolYear', 'termDescriptor', 'beginDate', 'endDate'],
  })
  const warning = dateOrderWarning({ beginDate, endDate })
  // Selects are controlled and not re-read on blur: leaving one before its options have loaded
  // (the DOM then holds no matching option) must not blank the value the form holds.
  return (
    <div className="session-form-grid">
      <FormField label="School" error={errors.schoolId?.message}>
        {(a11y) => (
          <select {...a11y} {...register('schoolId')} onBlur={undefined} value={schoolId}>
            <SchoolOptions snapshot={false} current={schoolId} emptyLabel="Choose a school…" />
          </select>
        )}
      </FormField>
      <FormField label="School year" error={errors.schoolYear?.message}>
        {(a11y) => (
          <select {...a11y} {...register('schoolYear')} onBlur={undefined} value={schoolYear}>
            <SchoolYearOptions snapshot={false} current={schoolYear} emptyLabel="Choose a school year…" />
          </select>
        )}
      </FormField>
      <FormField label="Session name" error={errors.sessionName?.message} hint="At most 60 characters, e.g. 2026-2027 Fall Semester.">
        {(a11y) => <input {...a11y} {...register('sessionName')} autoComplete="off" />}
      </FormField>
      <FormField label="Term" error={errors.termDescriptor?.message}>
        {(a11y) => (
          <select {...a11y} {...register('termDescriptor')} onBlur={undefined} value={termDescriptor}>
            <TermOptions snapshot={false} current={termDescriptor} emptyLabel="Choose a term…" />
          </select>
        )}
      </FormField>
      <FormField label="Begin date" error={errors.beginDate?.message}>
        {(a11y) => <input {...a11y} type="date" {...register('beginDate')} />}
      </FormField>
      <FormField label="End date" error={errors.endDate?.message}>
        {(a11y) => <input {...a11y} type="date" {...register('endDate')} />}
      </FormField>
      <FormField label="Total instructional days" error={errors.totalInstructionalDays?.message}>
        {(a11y) => <input {...a11y} inputMode="numeric" {...register('totalInstructionalDays')} />}
      </FormField>
      {warning && (
        <p className="alert alert-warning session-form-wide" role="status">
          {warning}
        </p>
      )}
      <ReferenceListField kind="gradingPeriods" schoolId={schoolId} schoolYear={schoolYear} />
      <ReferenceListField kind="academicWeeks" schoolId={schoolId} schoolYear={schoolYear} />
    </div>
  )
}
