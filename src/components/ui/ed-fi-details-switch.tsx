import { useDetailsMode, writeDetailsMode } from '../../lib/details-mode.ts'

/** "Show Ed-Fi details": a real checkbox with the switch role, remembered in this browser. */
export function EdFiDetailsSwitch() {
  const on = useDetailsMode()
  return (
    <label className="snapshot-toggle" title="Also show Ed-Fi’s technical names: ids, versions, paths and URIs">
      <input type="checkbox" role="switch" checked={on} onChange={(event) => writeDetailsMode(event.target.checked)} />
      <span>Show Ed-Fi details</span>
    </label>
  )
}
