import type { ReactNode } from 'react'
import { useNavigate } from '@tanstack/react-router'
import { flexRender, getCoreRowModel, useReactTable, type Cell, type Header } from '@tanstack/react-table'
import type { MouseEvent } from 'react'
import type { Session } from '../../../entities/sessions/session-schema.ts'
import type { ColumnVisibility, Density } from './grid-preferences.ts'
import { sessionColumns } from './session-columns.tsx'
import type { SessionLookups } from '../../../entities/lookups/use-session-lookups.ts'
import { useDetailsMode } from '../../../lib/details-mode.ts'
import './sessions-grid.css'

interface SessionsGridProps {
  sessions: Session[] | undefined
  caption: string
  lookups: SessionLookups
  columnVisibility: ColumnVisibility
  density: Density
  busy?: boolean
  skeletonRows?: number
  selection?: GridSelection
  rowMarker?: (session: Session) => ReactNode
}

export interface GridSelection {
  isSelected: (id: string) => boolean
  toggle: (sessions: readonly Session[], checked: boolean) => void
}

const alignClass = (align: 'num' | 'date' | undefined) => align ?? undefined

/** No sorting: the Ed-Fi API cannot sort, and sorting one page would look like it did. */
export function SessionsGrid({
  sessions,
  caption,
  lookups,
  columnVisibility,
  density,
  busy = false,
  skeletonRows = 10,
  selection,
  rowMarker,
}: SessionsGridProps) {
  const navigate = useNavigate()
  const details = useDetailsMode()
  // TanStack Table hands out fresh functions each render, so the React Compiler leaves this component alone.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: sessions ?? [],
    columns: sessionColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (session) => session.id,
    state: { columnVisibility },
    meta: { lookups, rowMarker, details },
  })
  const loading = sessions === undefined
  const columns = table.getVisibleLeafColumns()

  // The row itself is no tab stop, so Tab moves one link per row.
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    if ((event.target as Element).closest('a, button, input, select')) return
    if (window.getSelection()?.toString()) return
    void navigate({ to: '/sessions/$sessionId', params: { sessionId: id } })
  }

  return (
    // Focusable so keyboard users can scroll a wide or tall table (axe: scrollable-region-focusable).
    <div className="table-scroll sessions-grid-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className={`data-table phone-cards sessions-grid density-${density}`} aria-busy={busy || loading || undefined}>
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {selection && <SelectPageCell sessions={sessions ?? []} selection={selection} />}
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} />
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {loading
            ? Array.from({ length: skeletonRows }, (_, i) => (
                <tr key={i} className="skeleton-row" aria-hidden="true">
                  {selection && <td />}
                  {columns.map((c) => (
                    <td key={c.id}>
                      <span className="skeleton" />
                    </td>
                  ))}
                </tr>
              ))
            : table.getRowModel().rows.map((row) => (
                <tr key={row.id} className="session-row" onClick={(event) => openRow(event, row.id)}>
                  {selection && (
                    <td className="select-cell">
                      <input
                        type="checkbox"
                        aria-label={`Select ${row.original.sessionName}`}
                        checked={selection.isSelected(row.id)}
                        onChange={(e) => selection.toggle([row.original], e.target.checked)}
                      />
                    </td>
                  )}
                  {row.getVisibleCells().map((cell) => (
                    <BodyCell key={cell.id} cell={cell} />
                  ))}
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  )
}

function SelectPageCell({ sessions, selection }: { sessions: readonly Session[]; selection: GridSelection }) {
  const all = sessions.length > 0 && sessions.every((s) => selection.isSelected(s.id))
  return (
    <th scope="col" className="select-cell">
      <input
        type="checkbox"
        aria-label="Select every session on this page"
        checked={all}
        disabled={sessions.length === 0}
        onChange={(e) => selection.toggle(sessions, e.target.checked)}
      />
    </th>
  )
}

function HeaderCell({ header }: { header: Header<Session, unknown> }) {
  return (
    <th scope="col" className={alignClass(header.column.columnDef.meta?.align)}>
      {flexRender(header.column.columnDef.header, header.getContext())}
    </th>
  )
}

function BodyCell({ cell }: { cell: Cell<Session, unknown> }) {
  const content = flexRender(cell.column.columnDef.cell, cell.getContext())
  const className = alignClass(cell.column.columnDef.meta?.align)
  return cell.column.id === 'sessionName' ? (
    <th scope="row" className={className} data-column={cell.column.id}>
      {content}
    </th>
  ) : (
    <td className={className} data-column={cell.column.id} data-label={cell.column.columnDef.meta?.label}>
      {content}
    </td>
  )
}
