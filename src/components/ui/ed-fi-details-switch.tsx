import { useDetailsMode, writeDetailsMode } from '../../lib/details-mode.ts'

export function EdFiDetailsSwitch() {
  const on = useDetailsMode()
  return (
    <label className="snapshot-toggle" title="Also show Ed-Fi’s technical names: ids, versions, paths and URIs">
      <input type="checkbox" role="switch" checked={on} onChange={(event) => writeDetailsMode(event.target.checked)} />
      <span>Show Ed-Fi details</span>
    </label>
  )
}
