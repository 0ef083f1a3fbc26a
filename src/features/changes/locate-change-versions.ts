import type { VersionSpan } from './feed-entry.ts'

// A session read from GET /sessions?minChangeVersion&maxChangeVersion has no changeVersion member,
// so its place in the feed is found by halving: ask which sessions changed in the lower half of a
// range; the ones that did not are in the upper half. One request per split, all splits of a level
// in parallel, and a budget so a large window stays responsive: whatever is not pinned to one
// version by then keeps the narrowest range reached.

export type VersionProbe = (lo: number, hi: number) => Promise<ReadonlySet<string> | undefined>

interface Node extends VersionSpan {
  ids: string[]
}

export async function locateChangeVersions(
  ids: readonly string[],
  window: VersionSpan,
  probe: VersionProbe,
  budget: number,
  start?: ReadonlyMap<string, VersionSpan>,
): Promise<Map<string, VersionSpan>> {
  const located = new Map<string, VersionSpan>()
  const settle = (node: Node) => node.ids.forEach((id) => located.set(id, { lo: node.lo, hi: node.hi }))
  let level = startingNodes(ids, window, start)
  let left = budget
  while (level.length > 0) {
    const next: Node[] = []
    const splittable = level.filter((node) => node.lo < node.hi)
    level.filter((node) => node.lo >= node.hi).forEach(settle)
    const splits = splittable.slice(0, Math.max(0, left))
    splittable.slice(splits.length).forEach(settle)
    left -= splits.length
    const answers = await Promise.all(splits.map((node) => probe(node.lo, midpoint(node))))
    splits.forEach((node, i) => {
      const lower = answers[i]
      if (!lower) return settle(node)
      const mid = midpoint(node)
      const inLower = node.ids.filter((id) => lower.has(id))
      const inUpper = node.ids.filter((id) => !lower.has(id))
      if (inLower.length > 0) next.push({ lo: node.lo, hi: mid, ids: inLower })
      if (inUpper.length > 0) next.push({ lo: mid + 1, hi: node.hi, ids: inUpper })
    })
    level = next
  }
  return located
}

function startingNodes(ids: readonly string[], window: VersionSpan, start: ReadonlyMap<string, VersionSpan> | undefined): Node[] {
  const nodes = new Map<string, Node>()
  for (const id of ids) {
    const span = start?.get(id) ?? window
    const key = `${span.lo}:${span.hi}`
    const node = nodes.get(key) ?? { lo: span.lo, hi: span.hi, ids: [] }
    node.ids.push(id)
    nodes.set(key, node)
  }
  return [...nodes.values()]
}

const midpoint = (span: VersionSpan) => Math.floor((span.lo + span.hi) / 2)
