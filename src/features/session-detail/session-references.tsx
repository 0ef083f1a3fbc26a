import type { ReactNode } from 'react'
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
    <DetailTable labelledBy="grading-periods-heading" columns={['Grading period', 'Name', 'School', '#School year', 'Begins', 'Ends']}>
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
            <DateCells span={period} loading={known.isFetching} />
          </tr>
        )
      })}
    </DetailTable>
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
    <DetailTable labelledBy="academic-weeks-heading" columns={['Week', 'School', 'Begins', 'Ends', '#Instructional days']}>
      {weeks.map(({ academicWeekReference: ref }) => {
        const week = find(ref.schoolId, ref.weekIdentifier)
        return (
          <tr key={`${ref.schoolId}|${ref.weekIdentifier}`}>
            <th scope="row">{ref.weekIdentifier}</th>
            <td>
              <SchoolValue schoolId={ref.schoolId} name={lookups.schoolName(ref.schoolId)} />
            </td>
            <DateCells span={week} loading={known.isFetching} />
            <td className="num">{week ? week.totalInstructionalDays : <Unknown loading={known.isFetching} />}</td>
          </tr>
        )
      })}
    </DetailTable>
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

/** A reference table; a column name starting with "#" is a number column (right-aligned). */
function DetailTable({ labelledBy, columns, children }: { labelledBy: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="table-scroll detail-table" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      <table className="data-table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={column.startsWith('#') ? 'num' : undefined}>
                {column.replace(/^#/, '')}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

function DateCells({ span, loading }: { span: { beginDate: string; endDate: string } | undefined; loading: boolean }) {
  return (
    <>
      <td className="date">{span ? <DateOnly value={span.beginDate} /> : <Unknown loading={loading} />}</td>
      <td className="date">{span ? <DateOnly value={span.endDate} /> : <Unknown loading={loading} />}</td>
    </>
  )
}
