import type { Density } from './grid-preferences.ts'

/** Compact rows fit more sessions on a laptop screen; a pressed-state button says which is on. */
export function DensityToggle({ density, onChange }: { density: Density; onChange: (density: Density) => void }) {
  const compact = density === 'compact'
  return (
    <button type="button" aria-pressed={compact} onClick={() => onChange(compact ? 'comfortable' : 'compact')}>
      Compact rows
    </button>
  )
}
