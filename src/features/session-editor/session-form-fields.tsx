import { useFormContext, useWatch } from 'react-hook-form'
import { SchoolOptions, SchoolYearOptions, TermOptions } from '../../entities/lookups/lookup-options.tsx'
import { Field } from '../../components/ui/field.tsx'
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
  return (
    <div className="session-form-grid">
      <Field label="School" error={errors.schoolId?.message}>
        {(a11y) => (
          <select {...a11y} {...register('schoolId')}>
            <SchoolOptions snapshot={false} current={schoolId} emptyLabel="Choose a school…" />
          </select>
        )}
      </Field>
      <Field label="School year" error={errors.schoolYear?.message}>
        {(a11y) => (
          <select {...a11y} {...register('schoolYear')}>
            <SchoolYearOptions snapshot={false} current={schoolYear} emptyLabel="Choose a school year…" />
          </select>
        )}
      </Field>
      <Field label="Session name" error={errors.sessionName?.message} hint="At most 60 characters, e.g. 2026-2027 Fall Semester.">
        {(a11y) => <input {...a11y} {...register('sessionName')} autoComplete="off" />}
      </Field>
      <Field label="Term" error={errors.termDescriptor?.message}>
        {(a11y) => (
          <select {...a11y} {...register('termDescriptor')}>
            <TermOptions snapshot={false} current={termDescriptor} emptyLabel="Choose a term…" />
          </select>
        )}
      </Field>
      <Field label="Begin date" error={errors.beginDate?.message}>
        {(a11y) => <input {...a11y} type="date" {...register('beginDate')} />}
      </Field>
      <Field label="End date" error={errors.endDate?.message}>
        {(a11y) => <input {...a11y} type="date" {...register('endDate')} />}
      </Field>
      <Field label="Total instructional days" error={errors.totalInstructionalDays?.message}>
        {(a11y) => <input {...a11y} inputMode="numeric" {...register('totalInstructionalDays')} />}
      </Field>
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
