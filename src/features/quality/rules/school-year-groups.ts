import { patternName } from './pattern-name.ts'
import type { CheckedSession } from './types.ts'

export const groupKey = (s: Pick<CheckedSession, 'schoolId' | 'schoolYear'>) => `${s.schoolId}|${s.schoolYear}`

/**
 * What the set rules compare of each row of a group, in the group's order. It is taken as the row
 * arrives, while the row is at hand: after the last page the rules then read a few compact arrays
 * instead of visiting 100,000 scattered objects once per rule.
 */
export interface GroupFacts {
  begins: number[]
  ends: number[]
  /** The row's term as its place in `SchoolYearGroups.terms`. */
  terms: number[]
  /** How many rows are named as the pattern of their year and term would name them. */
  namedByPattern: number
}

export interface SchoolYearGroups {
  add: (rows: readonly CheckedSession[]) => void
  readonly bySchoolYear: ReadonlyMap<string, CheckedSession[]>
  readonly byYear: ReadonlyMap<number, CheckedSession[][]>
  factsOf: (group: readonly CheckedSession[]) => GroupFacts
  /** Every term descriptor seen, each once. */
  readonly terms: readonly string[]
  readonly size: number
}

interface Group {
  rows: CheckedSession[]
  facts: GroupFacts
  /** The pattern's name of each term for this group's year, by the term's place. */
  patternNames: string[]
}

export function createSchoolYearGroups(rows: readonly CheckedSession[] = []): SchoolYearGroups {
  const bySchoolYear = new Map<string, CheckedSession[]>()
  const byYear = new Map<number, CheckedSession[][]>()
  const facts = new Map<readonly CheckedSession[], GroupFacts>()
  // Numbers, not the text key, for the lookup of every row: no string is built per row.
  const bySchool = new Map<number, Map<number, Group>>()
  const terms: string[] = []
  const termPlaces = new Map<string, number>()
  let size = 0
  const groupOf = (s: CheckedSession) => {
    let years = bySchool.get(s.schoolId)
    if (!years) bySchool.set(s.schoolId, (years = new Map()))
    let group = years.get(s.schoolYear)
    if (!group) {
      group = { rows: [], facts: { begins: [], ends: [], terms: [], namedByPattern: 0 }, patternNames: [] }
      years.set(s.schoolYear, group)
      bySchoolYear.set(groupKey(s), group.rows)
      facts.set(group.rows, group.facts)
      const ofYear = byYear.get(s.schoolYear)
      if (ofYear) ofYear.push(group.rows)
      else byYear.set(s.schoolYear, [group.rows])
    }
    return group
  }
  const placeOf = (term: string) => {
    let place = termPlaces.get(term)
    if (place === undefined) termPlaces.set(term, (place = terms.push(term) - 1))
    return place
  }
  const groups: SchoolYearGroups = {
    add: (more) => {
      for (const s of more) {
        const { rows, facts, patternNames } = groupOf(s)
        const term = placeOf(s.term)
        rows.push(s)
        facts.begins.push(s.beginDay)
        facts.ends.push(s.endDay)
        facts.terms.push(term)
        if (s.name === (patternNames[term] ??= patternName(s))) facts.namedByPattern++
      }
      size += more.length
    },
    bySchoolYear,
    byYear,
    factsOf: (group) => facts.get(group)!,
    terms,
    get size() {
      return size
    },
  }
  groups.add(rows)
  return groups
}
