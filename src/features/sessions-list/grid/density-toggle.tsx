import type { Density } from './grid-preferences.ts'

export function DensityToggle({ density, onChange }: { density: Density; onChange: (density: Density) => void }) {
  const compact = density === 'compact'
  return (
    <button type="button" aria-pressed={compact} onClick={() => onChange(compact ? 'comfortable' : 'compact')}>
      Compact rows
    </button>
  )
}
