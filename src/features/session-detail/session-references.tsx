import { useAcademicWeeks, useGradingPeriods } from '../../entities/lookups/lookup-hooks.ts'
import type { Session } from '../../entities/sessions/session-schema.ts'
import { DateOnly, DescriptorValue, SchoolValue, SchoolYearValue } from '../../entities/sessions/session-cells.tsx'
import type { SessionLookups } from '../../entities/lookups/use-session-lookups.ts'

// A session's grading periods and academic weeks. The references hold only key values; the
// periods' and weeks' own dates come from their resources when those have answered.

interface ReferencesProps {
  session: Session
  lookups: SessionLookups
  snapshot: boolean
}

export function GradingPeriodsTable({ session, lookups, snapshot }: ReferencesProps) {
  const periods = session.gradingPeriods ?? []
  const known = useGradingPeriods({
    schoolId: session.schoolReference.schoolId,
    schoolYear: session.schoolYearTypeReference.schoolYear,
    snapshot,
  })
  if (periods.length === 0) return <p className="status">No grading periods.</p>
  const find = (descriptor: string, name: string) =>
    known.data?.find((p) => p.gradingPeriodDescriptor === descriptor && p.gradingPeriodName === name)
  return (
    <div className="table-scroll detail-table" tabIndex={0} role="region" aria-labelledby="grading-periods-heading">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Grading period</th>
            <th scope="col">Name</th>
            <th scope="col">School</th>
            <th scope="col" className="num">School year</th>
            <th scope="col">Begins</th>
            <th scope="col">Ends</th>
          </tr>
        </thead>
        <tbody>
          {periods.map(({ gradingPeriodReference: ref }) => {
            const period = find(ref.gradingPeriodDescriptor, ref.gradingPeriodName)
            return (
              <tr key={`${ref.gradingPeriodDescriptor}|${ref.gradingPeriodName}|${ref.schoolId}|${ref.schoolYear}`}>
                <th scope="row">
                  <DescriptorValue uri={ref.gradingPeriodDescriptor} />
                </th>
                <td>{ref.gradingPeriodName}</td>
                <td>
                  <SchoolValue schoolId={ref.schoolId} name={lookups.schoolName(ref.schoolId)} />
                </td>
                <td className="num">
                  <SchoolYearValue schoolYear={ref.schoolYear} description={lookups.yearDescription(ref.schoolYear)} />
                </td>
                <td className="date">{period ? <DateOnly value={period.beginDate} /> : <Unknown loading={known.isFetching} />}</td>
                <td className="date">{period ? <DateOnly value={period.endDate} /> : <Unknown loading={known.isFetching} />}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

export function AcademicWeeksTable({ session, lookups, snapshot }: ReferencesProps) {
  const weeks = session.academicWeeks ?? []
  const known = useAcademicWeeks({
    schoolId: weeks.length > 0 ? session.schoolReference.schoolId : undefined,
    schoolYear: session.schoolYearTypeReference.schoolYear,
    snapshot,
  })
  if (weeks.length === 0) return <p className="status">No academic weeks.</p>
  const find = (schoolId: number, weekIdentifier: string) =>
    known.data?.find((w) => w.schoolReference.schoolId === schoolId && w.weekIdentifier === weekIdentifier)
  return (
    <div className="table-scroll detail-table" tabIndex={0} role="region" aria-labelledby="academic-weeks-heading">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">School</th>
            <th scope="col">Begins</th>
            <th scope="col">Ends</th>
            <th scope="col" className="num">Instructional days</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map(({ academicWeekReference: ref }) => {
            const week = find(ref.schoolId, ref.weekIdentifier)
            return (
              <tr key={`${ref.schoolId}|${ref.weekIdentifier}`}>
                <th scope="row">{ref.weekIdentifier}</th>
                <td>
                  <SchoolValue schoolId={ref.schoolId} name={lookups.schoolName(ref.schoolId)} />
                </td>
                <td className="date">{week ? <DateOnly value={week.beginDate} /> : <Unknown loading={known.isFetching} />}</td>
                <td className="date">{week ? <DateOnly value={week.endDate} /> : <Unknown loading={known.isFetching} />}</td>
                <td className="num">{week ? week.totalInstructionalDays : <Unknown loading={known.isFetching} />}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function Unknown({ loading }: { loading: boolean }) {
  if (!loading) return <span className="muted">not found</span>
  return (
    <>
      <span className="skeleton" />
      <span className="visually-hidden">loading</span>
    </>
  )
}
