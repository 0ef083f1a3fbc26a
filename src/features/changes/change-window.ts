import type { AvailableChangeVersions } from '../../entities/sessions/session-schema.ts'
import type { ChangesSearch, WindowKind } from './changes-search.ts'
import type { VersionSpan } from './feed-entry.ts'

// Turning the window picker's choice into exact change versions. The URL always ends up holding
// both bounds, so a shared link shows the same window even after more changes arrive.

export const DEFAULT_LAST_N = 50

export interface ResolvedWindow {
  kind: WindowKind
  min: number
  max: number
}

export function sinceVersionWindow(lastSeen: number, available: AvailableChangeVersions): ResolvedWindow {
  return { kind: 'last-visit', min: lastSeen + 1, max: available.newestChangeVersion }
}

export function lastNWindow(n: number, available: AvailableChangeVersions): ResolvedWindow {
  const max = available.newestChangeVersion
  return { kind: 'last', min: Math.max(available.oldestChangeVersion, max - n + 1), max }
}

export function resolveWindow(search: ChangesSearch, available: AvailableChangeVersions, lastSeen: number | undefined): ResolvedWindow {
  const { minChangeVersion: min, maxChangeVersion: max } = search
  if (min !== undefined || max !== undefined) {
    return { kind: search.window ?? 'custom', min: min ?? available.oldestChangeVersion, max: max ?? available.newestChangeVersion }
  }
  // With nothing new since the last visit, an empty window would greet the user: show the last N instead.
  const somethingNew = lastSeen !== undefined && lastSeen < available.newestChangeVersion
  if ((search.window ?? 'last-visit') === 'last-visit' && somethingNew) return sinceVersionWindow(lastSeen, available)
  return lastNWindow(search.last ?? DEFAULT_LAST_N, available)
}

export function bucketize(window: { min: number; max: number }, count: number): VersionSpan[] {
  const width = window.max - window.min + 1
  if (width <= 0 || count <= 0) return []
  const n = Math.min(count, width)
  const buckets: VersionSpan[] = []
  for (let i = 0; i < n; i++) {
    const lo = window.min + Math.floor((i * width) / n)
    const hi = window.min + Math.floor(((i + 1) * width) / n) - 1
    buckets.push({ lo, hi })
  }
  return buckets
}
