interface ProgressBarProps {
  label: string
  percent: number
  /** What a screen reader says instead of the bare percentage, e.g. "120 of 400 rows done". */
  valueText: string
}

export function ProgressBar({ label, percent, valueText }: ProgressBarProps) {
  return (
    <div
      className="progress-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <div className="progress-bar-fill" style={{ width: `${percent}%` }} />
    </div>
  )
}
