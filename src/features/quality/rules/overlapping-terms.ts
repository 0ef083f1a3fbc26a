import { formatDate, schoolYearLabel } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import { termLabel, termsExclude } from '../../../lib/edfi/term-families.ts'
import type { CheckedSession, Finding, InBeginOrder, Rule } from './types.ts'

/** Overlaps in a chain are one finding, so a thousand colliding rows do not make a million. */
export const overlappingTerms: Rule = ({ bySchoolYear, schoolName, inBeginOrder, terms }) => {
  const findings: Finding[] = []
  const exclude = (a: number, b: number) => termsExclude(terms[a]!, terms[b]!)
  for (const group of bySchoolYear.values()) {
    for (const cluster of overlapClusters(inBeginOrder(group), exclude)) {
      const [a, b] = cluster
      const who = `${schoolName(a!.schoolId)}, ${schoolYearLabel(a!.schoolYear)}`
      const explanation =
        cluster.length === 2
          ? `${quoted(a!)} (${formatDate(a!.beginDate)} to ${formatDate(a!.endDate)}) and ${quoted(b!)} (${formatDate(b!.beginDate)} to ${formatDate(b!.endDate)}) share days, but a school holds a ${termLabel(a!.term)} and a ${termLabel(b!.term)} one after the other (${who}).`
          : `${cluster.length} sessions of ${who} share days although their terms should follow one another.`
      findings.push(
        findingFor('overlapping-terms', 'error', cluster, {
          explanation,
          suggestedFix: 'Move the end of the earlier term or the start of the later one so they no longer meet, or delete a duplicate.',
        }),
      )
    }
  }
  return findings
}

/** `exclude` answers for two terms by their places in the context's terms. */
export function overlapClusters(
  { sessions: sorted, begins, ends, terms: termPlaces }: InBeginOrder,
  exclude: (a: number, b: number) => boolean,
): CheckedSession[][] {
  const n = sorted.length
  // A group of a thousand colliding rows asks half a million times: the group's own terms numbered
  // from 0, exclusions as a table.
  const local = new Map<number, number>()
  const terms: number[] = []
  const termOf = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const place = termPlaces[i]!
    let id = local.get(place)
    if (id === undefined) local.set(place, (id = terms.push(place) - 1))
    termOf[i] = id
  }
  const excludes = terms.map((a) => terms.map((b) => exclude(a, b)))
  const parent = new Int32Array(n)
  for (let i = 0; i < n; i++) parent[i] = i
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  // Every earlier session still running when one begins contains that day, so those of one term
  // overlap each other and are joined already: the one of each term that ends last stands for all.
  const latest = new Int32Array(terms.length).fill(-1)
  for (let i = 0; i < n; i++) {
    const row = excludes[termOf[i]!]!
    for (let term = 0; term < terms.length; term++) {
      const j = latest[term]!
      if (j >= 0 && row[term] && ends[j]! >= begins[i]!) parent[root(i)] = root(j)
    }
    const own = latest[termOf[i]!]!
    if (own < 0 || ends[own]! < ends[i]!) latest[termOf[i]!] = i
  }
  const clusterOfRoot = new Int32Array(n).fill(-1)
  const clusters: CheckedSession[][] = []
  for (let i = 0; i < n; i++) {
    const at = root(i)
    if (clusterOfRoot[at]! < 0) clusterOfRoot[at] = clusters.push([]) - 1
    clusters[clusterOfRoot[at]!]!.push(sorted[i]!)
  }
  return clusters.filter((c) => c.length > 1)
}
