// Term families from Ed-Fi's TermDescriptor code values (Ed-Fi-Data-Standard Descriptors/
// TermDescriptor.xml, in ../shared/edfi/reference-data.json). A family's terms divide the school
// year between them, so two of one family must not overlap. A code value outside this list (a
// district's own descriptor, "MiniTerm", "Year Round", "Other") says nothing about how it divides
// the year: the checks never call it overlapping or missing, they only note that it was skipped.

export type TermFamily = 'semester' | 'quarter' | 'trimester' | 'summer'

export interface TermKind {
  family: TermFamily
  half?: 1 | 2
  order?: number
}

const KINDS: Record<string, TermKind> = {
  Semester: { family: 'semester' },
  'Fall Semester': { family: 'semester', half: 1, order: 1 },
  'Spring Semester': { family: 'semester', half: 2, order: 2 },
  Quarter: { family: 'quarter' },
  'First Quarter': { family: 'quarter', half: 1, order: 1 },
  'Second Quarter': { family: 'quarter', half: 1, order: 2 },
  'Third Quarter': { family: 'quarter', half: 2, order: 3 },
  'Fourth Quarter': { family: 'quarter', half: 2, order: 4 },
  Trimester: { family: 'trimester' },
  'First Trimester': { family: 'trimester', order: 1 },
  'Second Trimester': { family: 'trimester', order: 2 },
  'Third Trimester': { family: 'trimester', order: 3 },
  'Summer Semester': { family: 'summer' },
}

/** Known, but not a division of the year: no overlap or gap can be judged. */
const NEUTRAL = new Set(['MiniTerm', 'Year Round', 'Other'])

export const FAMILY_LABELS: Record<TermFamily, string> = {
  semester: 'Semesters',
  quarter: 'Quarters',
  trimester: 'Trimesters',
  summer: 'Summer',
}

export function termLabel(term: string): string {
  const hash = term.lastIndexOf('#')
  return hash >= 0 ? term.slice(hash + 1) : term
}

const kindCache = new Map<string, TermKind | undefined>()

export function termKind(term: string): TermKind | undefined {
  if (!kindCache.has(term)) kindCache.set(term, KINDS[termLabel(term)])
  return kindCache.get(term)
}

const knownCache = new Map<string, boolean>()

export function isKnownTerm(term: string): boolean {
  let known = knownCache.get(term)
  if (known === undefined) {
    const label = termLabel(term)
    knownCache.set(term, (known = label in KINDS || NEUTRAL.has(label)))
  }
  return known
}

/** Whether two terms of one school and year must not share a day. Unknown terms never do. */
export function termsExclude(a: string, b: string): boolean {
  const x = termKind(a)
  const y = termKind(b)
  if (!x || !y) return false
  if (x.family === y.family) return true
  if (x.family === 'summer' || y.family === 'summer') return true
  // A quarter sits inside its own half's semester, never in the other half's.
  const semester = x.family === 'semester' ? x : y.family === 'semester' ? y : undefined
  const quarter = x.family === 'quarter' ? x : y.family === 'quarter' ? y : undefined
  if (semester && quarter && semester.half && quarter.half) return semester.half !== quarter.half
  return false
}
