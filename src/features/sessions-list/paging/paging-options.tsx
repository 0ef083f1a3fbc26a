import { useId } from 'react'
import { PAGE_SIZES, type PageSize, type PagingMode } from '../../../entities/sessions/sessions-search.ts'

interface PagingOptionsProps {
  mode: PagingMode
  size: PageSize
  cursorAvailable: boolean
  onModeChange: (mode: PagingMode) => void
  onSizeChange: (size: PageSize) => void
}

export function PagingOptions({ mode, size, cursorAvailable, onModeChange, onSizeChange }: PagingOptionsProps) {
  const id = useId()
  return (
    <div className="paging-options">
      <label htmlFor={`${id}-size`}>Rows per page</label>
      <select id={`${id}-size`} value={size} onChange={(event) => onSizeChange(Number(event.target.value) as PageSize)}>
        {PAGE_SIZES.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      {cursorAvailable ? (
        <PagingModeSelect id={id} mode={mode} onModeChange={onModeChange} />
      ) : (
        <span className="muted">Numbered pages (this server cannot page with cursors)</span>
      )}
    </div>
  )
}

function PagingModeSelect({ id, mode, onModeChange }: { id: string; mode: PagingMode; onModeChange: (mode: PagingMode) => void }) {
  return (
    <>
      <label htmlFor={`${id}-mode`}>Paging</label>
      <select
        id={`${id}-mode`}
        value={mode}
        aria-describedby={`${id}-mode-hint`}
        onChange={(event) => onModeChange(event.target.value as PagingMode)}
      >
        <option value="offset">Numbered pages, with total</option>
        <option value="cursor">Cursor, stable while data changes</option>
      </select>
      <span id={`${id}-mode-hint`} className="visually-hidden">
        Numbered pages show a total but may skip or repeat rows when others change data meanwhile; cursor paging follows the API’s page
        tokens and shows no total.
      </span>
    </>
  )
}
