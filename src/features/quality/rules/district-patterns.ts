import { schoolYearLabel } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import { termKind, termLabel } from '../../../lib/edfi/term-families.ts'
import { patternName } from './pattern-name.ts'
import type { CheckedSession, Finding, Rule } from './types.ts'

/** More than half of the schools (at least three) hold it that year. */
export const missingTerm: Rule = ({ byYear, schoolName, factsOf, terms: allTerms }) => {
  const findings: Finding[] = []
  const labelOf = allTerms.map(termLabel)
  // Which group last counted each term: each group's distinct terms without a set per row.
  const countedBy = new Int32Array(allTerms.length).fill(-1)
  let groupNumber = 0
  for (const [year, groups] of byYear) {
    const schools = new Map<number, Set<string>>()
    for (const group of groups) {
      const labels = new Set<string>()
      for (const place of factsOf(group).terms) {
        if (countedBy[place] === groupNumber) continue
        countedBy[place] = groupNumber
        labels.add(labelOf[place]!)
      }
      groupNumber++
      schools.set(group[0]!.schoolId, labels)
    }
    if (schools.size < 3) continue
    const holders = new Map<string, number>()
    for (const terms of schools.values()) for (const t of terms) holders.set(t, (holders.get(t) ?? 0) + 1)
    for (const [term, count] of holders) {
      if (count * 2 <= schools.size || !termKind(term)) continue
      for (const [schoolId, terms] of schools) {
        if (terms.has(term)) continue
        const finding: Finding = {
          key: `missing-term:${schoolId}:${year}:${term}`,
          rule: 'missing-term',
          severity: 'note',
          schoolId,
          schoolYear: year,
          sessions: [],
          explanation: `${count} of ${schools.size} schools have a ${term} in ${schoolYearLabel(year)}; ${schoolName(schoolId)} has none.`,
          suggestedFix: `If ${schoolName(schoolId)} holds a ${term} this year, add it as a new session; if not, nothing needs doing.`,
        }
        findings.push(finding)
      }
    }
  }
  return findings
}

/** When at least two thirds of that year's sessions (3 or more) follow the pattern. */
export const nameBreaksPattern: Rule = ({ byYear, factsOf }) => {
  const findings: Finding[] = []
  for (const groups of byYear.values()) {
    let following = 0
    let total = 0
    for (const group of groups) {
      total += group.length
      following += factsOf(group).namedByPattern
    }
    if (following < 3 || following * 3 < total * 2) continue
    const patterns = new Map<string, string>()
    const expectedOf = (s: CheckedSession) => {
      let name = patterns.get(s.term)
      if (name === undefined) patterns.set(s.term, (name = patternName(s)))
      return name
    }
    for (const group of groups) {
      const taken = new Set(group.map((s) => s.name))
      for (const s of group) {
        const expected = expectedOf(s)
        if (s.name === expected) continue
        const free = !taken.has(expected)
        findings.push(
          findingFor('name-breaks-pattern', 'note', [s], {
            explanation: `${quoted(s)} does not follow the pattern the other sessions of ${schoolYearLabel(s.schoolYear)} use (such as “${expected}”).`,
            suggestedFix: free
              ? `Rename it “${expected}” if that is what it is (renaming changes the session's key; records that refer to it follow).`
              : `Another session of this school is already named “${expected}”: check whether this one is a duplicate.`,
          }),
        )
      }
    }
  }
  return findings
}
