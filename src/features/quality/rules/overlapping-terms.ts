import { formatDate, schoolYearLabel } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import { termLabel, termsExclude } from '../../../lib/edfi/term-families.ts'
import type { CheckedSession, Finding, Rule } from './types.ts'

/** Overlaps in a chain are one finding, so a thousand colliding rows do not make a million. */
export const overlappingTerms: Rule = ({ bySchoolYear, schoolName }) => {
  const findings: Finding[] = []
  for (const group of bySchoolYear.values()) {
    for (const cluster of overlapClusters(group)) {
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

export function overlapClusters(group: readonly CheckedSession[]): CheckedSession[][] {
  const sorted = group
    .filter((s) => s.beginDate <= s.endDate)
    .sort((x, y) => (x.beginDate < y.beginDate ? -1 : x.beginDate > y.beginDate ? 1 : 0))
  const n = sorted.length
  // A group of a thousand colliding rows asks half a million times: terms as numbers, exclusions as a table.
  const ids = new Map<string, number>()
  const terms: string[] = []
  const termOf = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    const term = sorted[i]!.term
    let id = ids.get(term)
    if (id === undefined) ids.set(term, (id = terms.push(term) - 1))
    termOf[i] = id
  }
  const excludes = terms.map((a) => terms.map((b) => termsExclude(a, b)))
  const parent = Int32Array.from({ length: n }, (_, i) => i)
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  // Every earlier session still running when one begins contains that day, so those of one term
  // overlap each other and are joined already: the one of each term that ends last stands for all.
  const latest = new Int32Array(terms.length).fill(-1)
  for (let i = 0; i < n; i++) {
    const session = sorted[i]!
    const row = excludes[termOf[i]!]!
    for (let term = 0; term < terms.length; term++) {
      const j = latest[term]!
      if (j >= 0 && row[term] && sorted[j]!.endDate >= session.beginDate) parent[root(i)] = root(j)
    }
    const own = latest[termOf[i]!]!
    if (own < 0 || sorted[own]!.endDate < session.endDate) latest[termOf[i]!] = i
  }
  const clusters = new Map<number, CheckedSession[]>()
  for (let i = 0; i < n; i++) {
    const at = root(i)
    const list = clusters.get(at)
    if (list) list.push(sorted[i]!)
    else clusters.set(at, [sorted[i]!])
  }
  return [...clusters.values()].filter((c) => c.length > 1)
}
