import type { CDPSession } from '@playwright/test'

// The shape every in-browser side-by-side bench shares: warm both sides up, then measure them in
// alternating order while sampling the page's JS heap, and compare medians.

/** Runs `work` after a garbage collection, sampling the page's JS heap over CDP every 20 ms. */
export async function withPeakHeap<T extends object>(cdp: CDPSession, work: () => Promise<T>): Promise<T & { peakHeapMb: number }> {
  await cdp.send('HeapProfiler.collectGarbage')
  let peak = 0
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage')
      peak = Math.max(peak, usedSize)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  })()
  try {
    return { ...(await work()), peakHeapMb: peak / 1024 / 1024 }
  } finally {
    sampling = false
    await sampler
  }
}

/**
 * One run of each side first (JIT warm-up of the page and the server, for both alike; not in the
 * medians), then `runs` rounds with the order alternating, so neither side always runs on a warmer
 * server.
 */
export async function sideBySide<S extends string, F>(sides: readonly [S, S], runs: number, measure: (side: S) => Promise<F>) {
  const first = {} as Record<S, F>
  for (const side of sides) first[side] = await measure(side)
  const rounds = Object.fromEntries(sides.map((side) => [side, [] as F[]])) as Record<S, F[]>
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? sides : ([sides[1], sides[0]] as const)
    for (const side of order) rounds[side].push(await measure(side))
  }
  return { first, rounds }
}

export const medianByTime = <F extends { ms: number }>(values: F[]): F =>
  [...values].sort((a, b) => a.ms - b.ms)[Math.floor(values.length / 2)]!
