import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx'
import { SelectField } from '../../../components/ui/field.tsx'
import { descriptorLabel } from '../../../lib/edfi/descriptors.ts'
import { useSchools, useSchoolYears } from '../../../entities/lookups/lookup-hooks.ts'
import { readAllSessions } from '../../../entities/sessions/read-all-sessions.ts'
import { useSessionFormRules } from '../../../shared/connection/use-session-form-rules.ts'
import { usePrepareBatch } from '../plan/use-prepare-batch.ts'
import { useConnectionKey } from '../use-connection-key.ts'
import { prepareNextYear, schoolYearLabel } from './prepare-next-year.ts'
import { ChoiceList } from './choice-list.tsx'
import '../bulk.css'

export function NextYearWizard() {
  const connection = useConnectionKey()
  const years = useSchoolYears()
  const schools = useSchools()
  const current = years.data?.find((y) => y.currentSchoolYear)?.schoolYear
  const [fromChoice, setFrom] = useState<number>()
  const fromYear = fromChoice ?? current
  const [toChoice, setTo] = useState<number>()
  const toYear = toChoice ?? (fromYear === undefined ? undefined : fromYear + 1)
  const [leftOutSchools, setLeftOutSchools] = useState<ReadonlySet<string>>(new Set())
  const [leftOutTerms, setLeftOutTerms] = useState<ReadonlySet<string>>(new Set())
  const { busy: preparing, error, prepare } = usePrepareBatch()
  const { limits } = useSessionFormRules()

  const sources = useQuery({
    queryKey: ['bulk', 'next-year-sources', connection, fromYear],
    queryFn: ({ signal }) => readAllSessions({ filters: { schoolYear: fromYear }, snapshot: false, signal }),
    enabled: fromYear !== undefined,
  })
  const schoolIds = [...new Set((sources.data ?? []).map((s) => s.schoolReference.schoolId))].sort((a, b) => a - b)
  const terms = [...new Set((sources.data ?? []).map((s) => s.termDescriptor))].sort()
  const countOf = (pick: (s: { schoolReference: { schoolId: number }; termDescriptor: string }) => string, value: string) =>
    (sources.data ?? []).filter((s) => pick(s) === value).length
  const chosenSchools = schoolIds.filter((id) => !leftOutSchools.has(String(id)))
  const chosenTerms = terms.filter((t) => !leftOutTerms.has(t))
  const schoolName = (id: number) => schools.data?.find((s) => s.schoolId === id)?.nameOfInstitution ?? `School ${id}`
  const yearChoices = (years.data ?? [])
    .map((y) => y.schoolYear)
    .sort((a, b) => b - a)
    .map((y) => (
      <option key={y} value={y}>
        {schoolYearLabel(y)}
      </option>
    ))

  const prepareDryRun = () => {
    if (fromYear === undefined || toYear === undefined || !sources.data) return
    const sessions = sources.data
    void prepare(() =>
      prepareNextYear({ fromYear, toYear, schoolIds: chosenSchools, terms: chosenTerms }, sessions, connection, {
        sessionNameMaxLength: limits.sessionNameMaxLength,
      }),
    )
  }

  return (
    <section className="page bulk-page" aria-labelledby="next-year-heading">
      <title>Set up next school year · Ed-Fi Sessions Steward</title>
      <h1 id="next-year-heading">Set up next school year</h1>
      <p className="page-lead">
        Copies a school year’s sessions into another year: names get the new school year, dates move by whole weeks so each keeps its
        weekday, and grading periods and academic weeks are matched to the new year’s. You see a dry run before anything is written.
      </p>
      <form className="bulk-form" onSubmit={(e) => (e.preventDefault(), prepareDryRun())}>
        <div className="bulk-checks">
          <SelectField
            label="Copy from school year"
            value={fromYear ?? ''}
            onChange={(e) => (setFrom(Number(e.target.value)), setTo(undefined), setLeftOutSchools(new Set()), setLeftOutTerms(new Set()))}
          >
            {yearChoices}
          </SelectField>
          <SelectField label="Into school year" value={toYear ?? ''} onChange={(e) => setTo(Number(e.target.value))}>
            {yearChoices}
          </SelectField>
        </div>
        {sources.error && (
          <ApiErrorAlert
            error={sources.error}
            heading="The sessions of that year could not be read"
            onRetry={() => void sources.refetch()}
          />
        )}
        {sources.isPending && fromYear !== undefined && <p className="status">Reading the sessions of {schoolYearLabel(fromYear)}…</p>}
        {sources.data?.length === 0 && <p className="alert alert-warning">{schoolYearLabel(fromYear!)} has no sessions to copy.</p>}
        {schoolIds.length > 0 && (
          <>
            <ChoiceList
              legend="Schools"
              options={schoolIds.map((id) => ({
                value: String(id),
                label: `${schoolName(id)} (${countOf((s) => String(s.schoolReference.schoolId), String(id))})`,
              }))}
              leftOut={leftOutSchools}
              onChange={setLeftOutSchools}
            />
            <ChoiceList
              legend="Terms"
              options={terms.map((t) => ({ value: t, label: `${descriptorLabel(t)} (${countOf((s) => s.termDescriptor, t)})` }))}
              leftOut={leftOutTerms}
              onChange={setLeftOutTerms}
            />
          </>
        )}
        {toYear !== undefined && fromYear !== undefined && toYear <= fromYear && (
          <p className="form-error">Choose a later school year to copy into.</p>
        )}
        {error && <ApiErrorAlert error={error} heading="The dry run could not be prepared" />}
        <div className="form-actions">
          <button
            type="submit"
            className="primary"
            disabled={
              preparing ||
              !chosenSchools.length ||
              !chosenTerms.length ||
              toYear === undefined ||
              fromYear === undefined ||
              toYear <= fromYear
            }
          >
            {preparing ? 'Preparing the dry run…' : 'Prepare the dry run'}
          </button>
        </div>
      </form>
    </section>
  )
}
