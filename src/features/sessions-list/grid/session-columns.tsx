import { createColumnHelper, type RowData } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { Session } from '../../../entities/sessions/session-schema.ts'
import { DateOnly, DescriptorLabel, LastModified, SchoolValue, SchoolYearValue } from '../../../entities/sessions/session-cells.tsx'
import type { SessionLookups } from '../../../entities/lookups/use-session-lookups.ts'
import { SessionRowLink } from './session-row-link.tsx'

declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the generics must match TanStack's declaration
  interface ColumnMeta<TData extends RowData, TValue> {
    label: string
    align?: 'num' | 'date'
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- as above
  interface TableMeta<TData extends RowData> {
    lookups: SessionLookups
    details: boolean
    rowMarker?: (session: Session) => ReactNode
  }
}

const column = createColumnHelper<Session>()

export const sessionColumns = [
  column.accessor('sessionName', {
    id: 'sessionName',
    header: 'Session name',
    enableHiding: false,
    meta: { label: 'Session name' },
    cell: ({ row, table }) => (
      <>
        <SessionRowLink to="/sessions/$sessionId" sessionId={row.original.id} className="row-link">
          {row.original.sessionName}
        </SessionRowLink>
        {table.options.meta?.rowMarker?.(row.original)}
      </>
    ),
  }),
  column.accessor((s) => s.schoolReference.schoolId, {
    id: 'school',
    header: 'School',
    meta: { label: 'School' },
    cell: ({ getValue, table }) => <SchoolValue schoolId={getValue()} name={table.options.meta?.lookups.schoolName(getValue())} />,
  }),
  column.accessor((s) => s.schoolYearTypeReference.schoolYear, {
    id: 'schoolYear',
    header: 'School year',
    meta: { label: 'School year', align: 'num' },
    cell: ({ getValue, table }) => (
      <SchoolYearValue schoolYear={getValue()} description={table.options.meta?.lookups.yearDescription(getValue())} compact />
    ),
  }),
  column.accessor('termDescriptor', {
    id: 'term',
    header: 'Term',
    meta: { label: 'Term' },
    cell: ({ getValue, table }) => <DescriptorLabel uri={getValue()} details={table.options.meta?.details ?? false} />,
  }),
  column.accessor('beginDate', {
    id: 'beginDate',
    header: 'Begin date',
    meta: { label: 'Begin date', align: 'date' },
    cell: ({ getValue }) => <DateOnly value={getValue()} />,
  }),
  column.accessor('endDate', {
    id: 'endDate',
    header: 'End date',
    meta: { label: 'End date', align: 'date' },
    cell: ({ getValue }) => <DateOnly value={getValue()} />,
  }),
  column.accessor('totalInstructionalDays', {
    id: 'totalInstructionalDays',
    header: 'Instructional days',
    meta: { label: 'Instructional days', align: 'num' },
  }),
  column.accessor('_lastModifiedDate', {
    id: 'lastModified',
    header: 'Last modified',
    meta: { label: 'Last modified' },
    cell: ({ getValue }) => <LastModified value={getValue()} />,
  }),
  column.display({
    id: 'history',
    header: () => <span className="visually-hidden">History</span>,
    meta: { label: 'History link' },
    cell: ({ row }) => (
      <SessionRowLink
        to="/sessions/$sessionId/history"
        sessionId={row.original.id}
        className="history-link"
        aria-label={`History of ${row.original.sessionName}`}
      >
        History
      </SessionRowLink>
    ),
  }),
]
