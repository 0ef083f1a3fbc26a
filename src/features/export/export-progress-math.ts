export interface ProgressFigures {
  rate: number | undefined
  secondsLeft: number | undefined
  percent: number
}

export function progressFigures(args: {
  rowsDone: number
  expected: number
  rowsAtStart: number
  startedAt: number
  now: number
}): ProgressFigures {
  const { rowsDone, expected, rowsAtStart, startedAt, now } = args
  const seconds = (now - startedAt) / 1000
  const rows = rowsDone - rowsAtStart
  const rate = seconds > 0.2 && rows > 0 ? rows / seconds : undefined
  const remaining = Math.max(0, expected - rowsDone)
  const percent = expected > 0 ? Math.min(100, Math.round((rowsDone / expected) * 100)) : rowsDone > 0 ? 100 : 0
  return { rate, secondsLeft: rate ? remaining / rate : undefined, percent }
}

export function formatTimeLeft(seconds: number | undefined): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds)) return undefined
  if (seconds < 1) return 'less than a second left'
  if (seconds < 90) return `about ${Math.round(seconds)} s left`
  return `about ${Math.round(seconds / 60)} min left`
}
