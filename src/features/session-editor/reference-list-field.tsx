import { Controller, useFieldArray, useFormContext } from 'react-hook-form'
import { descriptorLabel } from '../../lib/edfi/descriptors.ts'
import { useAcademicWeeks, useGradingPeriods } from '../../entities/lookups/lookup-hooks.ts'
import type { SessionFormValues } from '../../entities/sessions/session-form-rules.ts'

// Grading periods and academic weeks as editable lists. Each row is one picker over the records of
// the session's school and year (key unification: a session can only refer to its own school's
// periods and weeks), so a row cannot name a reference that does not fit.

type Kind = 'gradingPeriods' | 'academicWeeks'

interface Choice {
  value: string
  label: string
}

const SEPARATOR = '\u001f'
const TEXT = {
  gradingPeriods: { legend: 'Grading periods', one: 'grading period', aOne: 'a grading period', empty: 'No grading periods.' },
  academicWeeks: { legend: 'Academic weeks', one: 'academic week', aOne: 'an academic week', empty: 'No academic weeks.' },
} as const

function useChoices(kind: Kind, schoolId: string, schoolYear: string): { choices: Choice[]; pending: boolean; ready: boolean } {
  const params = { schoolId: schoolId ? Number(schoolId) : undefined, schoolYear: schoolYear ? Number(schoolYear) : undefined }
  const periods = useGradingPeriods(params)
  const weeks = useAcademicWeeks(params)
  const ready = params.schoolId !== undefined && params.schoolYear !== undefined
  if (kind === 'gradingPeriods') {
    const choices = (periods.data ?? []).map((p) => ({
      value: [p.gradingPeriodDescriptor, p.gradingPeriodName].join(SEPARATOR),
      label: `${p.gradingPeriodName} (${descriptorLabel(p.gradingPeriodDescriptor)}, ${p.beginDate} to ${p.endDate})`,
    }))
    return { choices, pending: ready && periods.isPending, ready }
  }
  const choices = (weeks.data ?? []).map((w) => ({
    value: w.weekIdentifier,
    label: `${w.weekIdentifier} (${w.beginDate} to ${w.endDate})`,
  }))
  return { choices, pending: ready && weeks.isPending, ready }
}

type Row = SessionFormValues['gradingPeriods'][number] | SessionFormValues['academicWeeks'][number]

const encode = (row: Row) =>
  'weekIdentifier' in row
    ? row.weekIdentifier
    : row.gradingPeriodName
      ? [row.gradingPeriodDescriptor, row.gradingPeriodName].join(SEPARATOR)
      : ''

function decode(kind: Kind, value: string): Row {
  if (kind === 'academicWeeks') return { weekIdentifier: value }
  const [gradingPeriodDescriptor = '', gradingPeriodName = ''] = value ? value.split(SEPARATOR) : []
  return { gradingPeriodDescriptor, gradingPeriodName }
}

export function ReferenceListField({ kind, schoolId, schoolYear }: { kind: Kind; schoolId: string; schoolYear: string }) {
  const { control } = useFormContext<SessionFormValues>()
  const list = useFieldArray({ control, name: kind })
  const { choices, pending, ready } = useChoices(kind, schoolId, schoolYear)
  const text = TEXT[kind]
  const blank: Row = kind === 'academicWeeks' ? { weekIdentifier: '' } : { gradingPeriodDescriptor: '', gradingPeriodName: '' }
  return (
    <fieldset className="reference-list session-form-wide">
      <legend>
        {text.legend} ({list.fields.length})
      </legend>
      {!ready && (
        <p className="form-hint">
          Choose the school and school year first: the choices are that school’s {text.legend.toLowerCase()} of that year.
        </p>
      )}
      {pending && <p className="form-hint">Loading the choices…</p>}
      {list.fields.length === 0 && <p className="form-hint">{text.empty}</p>}
      <ol className="reference-rows">
        {list.fields.map((item, index) => (
          <li key={item.id} className="reference-row">
            <Controller
              control={control}
              name={`${kind}.${index}` as `gradingPeriods.${number}`}
              render={({ field, fieldState }) => {
                const value = encode(field.value as Row)
                const listed = value === '' || choices.some((c) => c.value === value)
                const notListed = ready && !pending && !listed
                const message =
                  fieldState.error?.message ??
                  Object.values(fieldState.error ?? {}).find(
                    (e): e is { message: string } => typeof e === 'object' && e !== null && 'message' in e,
                  )?.message ??
                  (notListed ? `Not ${text.aOne} of this school and year: choose another or remove it.` : undefined)
                const errorId = `${kind}-${index}-error`
                return (
                  <>
                    <select
                      ref={field.ref}
                      name={field.name}
                      aria-label={`${text.legend}, row ${index + 1}`}
                      aria-invalid={message ? true : undefined}
                      aria-describedby={message ? errorId : undefined}
                      value={value}
                      onBlur={field.onBlur}
                      onChange={(event) => field.onChange(decode(kind, event.target.value))}
                    >
                      <option value="">Choose {text.aOne}…</option>
                      {choices.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                      {!listed && <option value={value}>{value.split(SEPARATOR).reverse().join(' — ')}</option>}
                    </select>
                    <button type="button" className="button-link" onClick={() => list.remove(index)}>
                      Remove<span className="visually-hidden">{` ${text.one} ${index + 1}`}</span>
                    </button>
                    {message && (
                      <p id={errorId} className="form-error">
                        {message}
                      </p>
                    )}
                  </>
                )
              }}
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => list.append(blank as never)}>
        Add {text.aOne}
      </button>
    </fieldset>
  )
}
