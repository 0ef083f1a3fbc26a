import type { PageSize, PagingMode } from '../../../entities/sessions/sessions-search.ts'
import { ColumnMenu } from './column-menu.tsx'
import { DensityToggle } from './density-toggle.tsx'
import type { ColumnVisibility, Density } from './grid-preferences.ts'
import { PagingOptions } from '../paging/paging-options.tsx'

interface GridOptionsProps {
  mode: PagingMode
  size: PageSize
  onModeChange: (mode: PagingMode) => void
  cursorAvailable?: boolean
  onSizeChange: (size: PageSize) => void
  visibility: ColumnVisibility
  onVisibilityChange: (visibility: ColumnVisibility) => void
  density: Density
  onDensityChange: (density: Density) => void
}

export function GridOptions(props: GridOptionsProps) {
  return (
    <div className="grid-options">
      <PagingOptions
        mode={props.mode}
        size={props.size}
        cursorAvailable={props.cursorAvailable ?? true}
        onModeChange={props.onModeChange}
        onSizeChange={props.onSizeChange}
      />
      <div className="grid-look">
        <ColumnMenu visibility={props.visibility} onChange={props.onVisibilityChange} />
        <DensityToggle density={props.density} onChange={props.onDensityChange} />
      </div>
    </div>
  )
}
