import { useSessionFormRules } from '../../shared/connection/use-session-form-rules.ts'
import { useFormContext, useWatch } from 'react-hook-form'
import { SchoolOptions, SchoolYearOptions, TermOptions } from '../../entities/lookups/lookup-options.tsx'
import { InputField, SelectField } from '../../components/ui/field.tsx'
import { ReferenceListField } from './reference-list-field.tsx'
import { dateOrderWarning, type SessionFormValues } from '../../entities/sessions/session-form-rules.ts'

export function SessionFormFields() {
  const { limits } = useSessionFormRules()
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
      <SelectField label="School" error={errors.schoolId?.message} {...register('schoolId')} onBlur={undefined} value={schoolId}>
        <SchoolOptions snapshot={false} current={schoolId} emptyLabel="Choose a school…" />
      </SelectField>
      <SelectField label="School year" error={errors.schoolYear?.message} {...register('schoolYear')} onBlur={undefined} value={schoolYear}>
        <SchoolYearOptions snapshot={false} current={schoolYear} emptyLabel="Choose a school year…" />
      </SelectField>
      <InputField
        label="Session name"
        error={errors.sessionName?.message}
        hint={`At most ${limits.sessionNameMaxLength} characters, e.g. 2026-2027 Fall Semester.`}
        autoComplete="off"
        {...register('sessionName')}
      />
      <SelectField
        label="Term"
        error={errors.termDescriptor?.message}
        {...register('termDescriptor')}
        onBlur={undefined}
        value={termDescriptor}
      >
        <TermOptions snapshot={false} current={termDescriptor} emptyLabel="Choose a term…" />
      </SelectField>
      <InputField label="Begin date" error={errors.beginDate?.message} type="date" {...register('beginDate')} />
      <InputField label="End date" error={errors.endDate?.message} type="date" {...register('endDate')} />
      <InputField
        label="Total instructional days"
        error={errors.totalInstructionalDays?.message}
        inputMode="numeric"
        {...register('totalInstructionalDays')}
      />
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
