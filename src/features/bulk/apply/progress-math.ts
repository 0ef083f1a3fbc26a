export interface BatchProgress {
  done: number
  total: number
  doneThisRun: number
  startedAt: number
}

export function ratePerSecond(progress: BatchProgress, now: number): number | undefined {
  const seconds = (now - progress.startedAt) / 1000
  return seconds > 0.5 && progress.doneThisRun > 0 ? progress.doneThisRun / seconds : undefined
}

export function secondsLeft(progress: BatchProgress, now: number): number | undefined {
  const rate = ratePerSecond(progress, now)
  return rate ? Math.ceil((progress.total - progress.done) / rate) : undefined
}

export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`
}
