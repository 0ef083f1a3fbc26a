import { zodResolver } from '@hookform/resolvers/zod'
import { DialogFooter } from '../../components/ui/dialog-footer.tsx'
import { useNavigate } from '@tanstack/react-router'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { FormProvider, useForm, type FieldPath } from 'react-hook-form'
import { ApiError } from '../../lib/api-error.ts'
import { notify } from '../../components/ui/notify.ts'
import { useSnapshotMode } from '../../shared/snapshot/snapshot-mode.tsx'
import type { SessionDetail } from '../../entities/sessions/get-session.ts'
import { listSessions } from '../../entities/sessions/list-sessions.ts'
import { SessionConflictError, SessionNotFoundError } from '../../entities/sessions/session-errors.ts'
import { useUpdateSession, useUpsertSession } from '../../entities/sessions/session-mutations.ts'
import { sessionKeyOf, toSessionBody, unknownMembersOf, type Session } from '../../entities/sessions/session-schema.ts'
import { useSessionLookups } from '../../entities/lookups/use-session-lookups.ts'
import { mergeChoices, type ConflictField, type Side } from './conflict-merge.ts'
import { ConflictView } from './conflict-view.tsx'
import type { SessionEditorDialogProps } from '../../entities/sessions/editor-contract.ts'
import { DeletedElsewhere, KeyChangeWarning, SaveFailed, UpsertWarning } from './save-notices.tsx'
import { useSessionFormRules } from '../../shared/connection/use-session-form-rules.ts'
import {
  changesNaturalKey,
  emptySessionForm,
  formToSession,
  serverFieldToFormField,
  sessionToForm,
  type SessionFormValues,
} from '../../entities/sessions/session-form-rules.ts'
import { SessionFormFields } from './session-form-fields.tsx'
import { SESSION_MEMBER_ORDER } from '../../entities/sessions/session-member-order.ts'

type Stage =
  | { kind: 'form' }
  | { kind: 'upsert'; existing: Session; values: SessionFormValues }
  | { kind: 'key-change'; values: SessionFormValues }
  | { kind: 'conflict'; mine: SessionFormValues; theirs: SessionDetail }
  | { kind: 'gone'; values: SessionFormValues }

export const FIELD_ORDER: readonly FieldPath<SessionFormValues>[] = SESSION_MEMBER_ORDER

interface EditorFormProps {
  editing: boolean
  sessionId: string
  /** Edit: the record as it was when the dialog opened (its etag is the one PUT sends). */
  base: SessionDetail | undefined
  onClose: () => void
  onSaved: SessionEditorDialogProps['onSaved']
  prefill?: SessionEditorDialogProps['prefill']
  onCancel: () => void
  onDirtyChange: (dirty: boolean) => void
  onLeave: () => void
}

export function EditorForm({ editing, sessionId, base, onClose, onSaved, prefill, onCancel, onDirtyChange, onLeave }: EditorFormProps) {
  const { snapshot } = useSnapshotMode()
  const navigate = useNavigate()
  const lookups = useSessionLookups(false)
  const upsert = useUpsertSession({ snapshot })
  const update = useUpdateSession({ snapshot })
  const formRules = useSessionFormRules()
  const form = useForm<SessionFormValues>({
    resolver: zodResolver(formRules.schema),
    defaultValues: base ? sessionToForm(base.session) : emptySessionForm,
    // Checked on save, then as the steward corrects: a message appearing on blur would move the
    // Save button out from under the pointer.
    mode: 'onSubmit',
  })
  // The version this edit is based on: changed only by a deliberate conflict choice.
  const [pinned, setPinned] = useState<SessionDetail | undefined>(base)
  const [stage, setStage] = useState<Stage>({ kind: 'form' })
  const [failure, setFailure] = useState<ApiError | null>(null)
  const [checking, setChecking] = useState(false)
  const saving = upsert.isPending || update.isPending || checking
  const dirty = form.formState.isDirty
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange])
  // A suggested fix goes in once, as typed values over the stored ones: unsaved until Save.
  const prefillApplied = useRef(false)
  useEffect(() => {
    if (prefillApplied.current || !prefill) return
    prefillApplied.current = true
    for (const [field, value] of Object.entries(prefill)) {
      if (value !== undefined)
        form.setValue(field as 'beginDate' | 'endDate' | 'totalInstructionalDays', String(value), { shouldDirty: true })
    }
  }, [prefill, form])

  function finish(result: { id: string; created: boolean }, values: SessionFormValues) {
    onLeave()
    form.reset(values) // saved: nothing left to guard
    onSaved?.(result)
    onClose()
  }

  function showFailure(error: unknown, values: SessionFormValues) {
    if (error instanceof SessionConflictError) {
      if (error.current) return setStage({ kind: 'conflict', mine: values, theirs: error.current })
      if (error.theirs.state === 'deleted') return setStage({ kind: 'gone', values })
    }
    if (error instanceof SessionNotFoundError) return setStage({ kind: 'gone', values })
    if (!(error instanceof ApiError)) throw error
    setStage({ kind: 'form' })
    setFailure(error)
    const fields = Object.entries(error.fieldErrors())
      .map(([field, messages]) => [serverFieldToFormField(field), messages.join(' ')] as const)
      .filter(([field]) => field !== 'root')
    for (const [field, message] of fields) form.setError(field as FieldPath<SessionFormValues>, { type: 'server', message })
    if (fields[0]) form.setFocus(fields[0][0] as FieldPath<SessionFormValues>)
  }

  async function create(values: SessionFormValues, confirmedOver?: Session) {
    const body = formToSession(values)
    if (!confirmedOver) {
      setChecking(true)
      try {
        const { items } = await listSessions({
          schoolId: body.schoolReference.schoolId,
          schoolYear: body.schoolYearTypeReference.schoolYear,
          sessionName: body.sessionName,
          limit: 1,
          totalCount: false,
        })
        if (items[0]) return setStage({ kind: 'upsert', existing: items[0], values })
      } catch (error) {
        return showFailure(error, values)
      } finally {
        setChecking(false)
      }
    }
    try {
      const result = await upsert.mutateAsync({
        session: body,
        ifMatch: confirmedOver?._etag,
        before: confirmedOver ? toSessionBody(confirmedOver) : undefined,
      })
      notify.success(result.created ? 'Session created' : 'Existing session updated', body.sessionName)
      finish({ id: result.id, created: result.created }, values)
    } catch (error) {
      showFailure(error, values)
    }
  }

  async function save(values: SessionFormValues, base: SessionDetail, keyConfirmed: boolean) {
    if (!keyConfirmed && changesNaturalKey(sessionToForm(base.session), values)) return setStage({ kind: 'key-change', values })
    try {
      const result = await update.mutateAsync({
        id: sessionId,
        session: { ...unknownMembersOf(base.session), ...formToSession(values) },
        ifMatch: base.etag,
        before: toSessionBody(base.session),
      })
      notify.success(result.keyChanged ? 'Session saved with its new key' : 'Session saved', values.sessionName)
      finish({ id: result.id, created: false }, values)
    } catch (error) {
      showFailure(error, values)
    }
  }

  async function recreate(values: SessionFormValues) {
    try {
      const result = await upsert.mutateAsync({ session: formToSession(values) })
      notify.success('Session re-created', values.sessionName)
      finish({ id: result.id, created: result.created }, values)
    } catch (error) {
      showFailure(error, values)
    }
  }

  const submit = (event: FormEvent) =>
    void form.handleSubmit(
      (values) => {
        setFailure(null)
        if (!editing) return void create(values)
        if (pinned) void save(values, pinned, false)
      },
      (errors) => {
        setFailure(null)
        // Focus the first field in reading order that needs a change (list rows follow the fields).
        const first = FIELD_ORDER.find((field) => errors[field as keyof typeof errors])
        if (first) form.setFocus(first)
      },
    )(event)

  function resolveWith(values: SessionFormValues, theirs: SessionDetail) {
    setPinned(theirs)
    form.reset(sessionToForm(theirs.session))
    form.reset(values, { keepDefaultValues: true })
    setStage({ kind: 'form' })
    void save(values, theirs, true)
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={submit} aria-busy={saving || undefined}>
        {stage.kind === 'conflict' && pinned ? (
          <ConflictView
            original={sessionToForm(pinned.session)}
            mine={stage.mine}
            theirs={sessionToForm(stage.theirs.session)}
            schoolName={lookups.schoolName}
            saving={saving}
            onCancel={onCancel}
            onSaveChoices={(choices: Partial<Record<ConflictField, Side>>) =>
              resolveWith(mergeChoices(stage.mine, sessionToForm(stage.theirs.session), choices), stage.theirs)
            }
          />
        ) : (
          <SessionFormFields />
        )}

        {failure && <SaveFailed error={failure} />}
        {stage.kind === 'upsert' && (
          <UpsertWarning
            existing={stage.existing}
            onOpenExisting={() => {
              onLeave() // deliberately leaving: no discard question
              void navigate({ to: '/sessions/$sessionId', params: { sessionId: stage.existing.id } })
              onClose()
            }}
            onUpdateAnyway={() => {
              setStage({ kind: 'form' })
              void create(stage.values, stage.existing)
            }}
            onCancel={() => setStage({ kind: 'form' })}
          />
        )}
        {stage.kind === 'key-change' && pinned && (
          <KeyChangeWarning
            oldKey={sessionKeyOf(toSessionBody(pinned.session))}
            saving={saving}
            onConfirm={() => {
              setStage({ kind: 'form' })
              void save(stage.values, pinned, true)
            }}
            onCancel={() => setStage({ kind: 'form' })}
          />
        )}
        {stage.kind === 'gone' && <DeletedElsewhere saving={saving} onRecreate={() => void recreate(stage.values)} />}

        {stage.kind !== 'conflict' && (
          <DialogFooter>
            <button type="submit" className="primary" disabled={saving || snapshot || stage.kind !== 'form'}>
              {saving ? 'Saving…' : editing ? 'Save changes' : 'Create session'}
            </button>
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
            {dirty && <span className="form-hint">Unsaved changes</span>}
          </DialogFooter>
        )}
      </form>
    </FormProvider>
  )
}
