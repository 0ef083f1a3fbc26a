import { schoolYearLabel } from '../../../lib/date-only.ts'
import { findingFor, quoted } from './finding.ts'
import { termKind, termLabel } from '../../../lib/edfi/term-families.ts'
import type { CheckedSession, Finding, Rule } from './types.ts'

/** More than half of the schools (at least three) hold it that year. */
export const missingTerm: Rule = ({ byYear, schoolName }) => {
  const findings: Finding[] = []
  for (const [year, groups] of byYear) {
    const schools = new Map<number, Set<string>>()
    const labels = new Map<string, string>()
    for (const group of groups) {
      const terms = new Set<string>()
      for (const s of group) {
        let label = labels.get(s.term)
        if (label === undefined) labels.set(s.term, (label = termLabel(s.term)))
        terms.add(label)
      }
      schools.set(group[0]!.schoolId, terms)
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

export function patternName(session: Pick<CheckedSession, 'schoolYear' | 'term'>): string {
  return `${schoolYearLabel(session.schoolYear)} ${termLabel(session.term)}`
}

/** When at least two thirds of that year's sessions (3 or more) follow the pattern. */
export const nameBreaksPattern: Rule = ({ byYear }) => {
  const findings: Finding[] = []
  for (const groups of byYear.values()) {
    const patterns = new Map<string, string>()
    const expectedOf = (s: CheckedSession) => {
      let name = patterns.get(s.term)
      if (name === undefined) patterns.set(s.term, (name = patternName(s)))
      return name
    }
    let following = 0
    let total = 0
    for (const group of groups) {
      total += group.length
      for (const s of group) if (s.name === expectedOf(s)) following++
    }
    if (following < 3 || following * 3 < total * 2) continue
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
