import { ProgressBar } from '../../../components/ui/progress-bar.tsx'
import { useNow } from '../../../lib/use-now.ts'
import { formatSeconds, ratePerSecond, secondsLeft, type BatchProgress } from '../apply/progress-math.ts'

export function ApplyProgress({ progress, onCancel }: { progress: BatchProgress; onCancel: () => void }) {
  const now = useNow()
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 100
  const rate = ratePerSecond(progress, now)
  const left = secondsLeft(progress, now)
  const done = `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} rows done`
  return (
    <div className="bulk-progress panel">
      <ProgressBar label="Changes written" percent={percent} valueText={done} />
      <p role="status">
        <strong>{done}</strong>
        {rate !== undefined && <> · {rate.toFixed(1)} rows per second</>}
        {left !== undefined && <> · about {formatSeconds(left)} left</>}
      </p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      <p className="form-hint">Cancel stops after the changes already sent. You can resume later; no row is written twice.</p>
    </div>
  )
}
