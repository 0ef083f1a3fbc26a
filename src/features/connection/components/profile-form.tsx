import { zodResolver } from '@hookform/resolvers/zod'
import { useId, type ReactNode } from 'react'
import { useForm } from 'react-hook-form'
import { createProfileFormSchema, type ProfileFormInput, type ProfileFormValues } from '../profile-form-schema.ts'
import { InputField } from '../../../components/ui/field.tsx'

interface ProfileFormProps {
  defaultValues: ProfileFormInput
  secretKnown?: boolean
  takenNames?: readonly string[]
  focusSecret?: boolean
  onSave: (values: ProfileFormValues, options: { connect: boolean }) => void
  onCancel: () => void
  onTest?: (values: ProfileFormValues) => void
  testing?: boolean
  children?: ReactNode
}

export function ProfileForm({
  defaultValues,
  secretKnown = false,
  takenNames = [],
  focusSecret = false,
  onSave,
  onCancel,
  onTest,
  testing = false,
  children,
}: ProfileFormProps) {
  const schema = createProfileFormSchema({ secretRequired: !secretKnown, takenNames })
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<ProfileFormInput, unknown, ProfileFormValues>({ resolver: zodResolver(schema), defaultValues })
  const rememberId = useId()

  const save = (connect: boolean) => handleSubmit((values) => onSave(values, { connect }))

  return (
    <form className="profile-form" noValidate onSubmit={(event) => void save(true)(event)}>
      <InputField label="Name" autoComplete="off" autoFocus={!focusSecret} error={errors.name?.message} {...register('name')} />
      <InputField
        label="API root URL"
        hint="The address whose answer lists the Ed-Fi URLs, e.g. https://api.ed-fi.org/v7.3/api"
        type="url"
        inputMode="url"
        autoComplete="url"
        spellCheck={false}
        error={errors.apiRoot?.message}
        {...register('apiRoot')}
      />
      <InputField label="Client key" autoComplete="off" spellCheck={false} error={errors.clientKey?.message} {...register('clientKey')} />
      <InputField
        label="Client secret"
        type="password"
        autoFocus={focusSecret}
        autoComplete="off"
        hint={
          secretKnown
            ? 'Leave blank to keep the secret you entered before. Secrets are never saved in this browser’s storage.'
            : 'Kept in this page’s memory only, never saved in this browser: ' +
              'you enter it again after a reload unless you tick the box below.'
        }
        error={errors.clientSecret?.message}
        {...register('clientSecret')}
      />
      <div className="form-check">
        <input id={rememberId} type="checkbox" aria-describedby={`${rememberId}-hint`} {...register('rememberSecret')} />
        <label htmlFor={rememberId}>Remember the secret for this tab</label>
        <p id={`${rememberId}-hint`} className="form-hint">
          Keeps it in this tab’s sessionStorage so a reload does not ask again; closing the tab forgets it. Anyone using this browser tab
          could read it.
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary">
          Save and connect
        </button>
        <button type="button" onClick={(event) => void save(false)(event)}>
          Save only
        </button>
        {onTest && (
          <button type="button" disabled={testing} onClick={(event) => void handleSubmit(onTest)(event)}>
            {testing ? 'Testing…' : 'Test connection'}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {children}
    </form>
  )
}
