import type { CheckedSession } from './types.ts'

export const groupKey = (s: Pick<CheckedSession, 'schoolId' | 'schoolYear'>) => `${s.schoolId}|${s.schoolYear}`

export interface SchoolYearGroups {
  add: (rows: readonly CheckedSession[]) => void
  readonly bySchoolYear: ReadonlyMap<string, CheckedSession[]>
  readonly byYear: ReadonlyMap<number, CheckedSession[][]>
  readonly size: number
}

export function createSchoolYearGroups(rows: readonly CheckedSession[] = []): SchoolYearGroups {
  const bySchoolYear = new Map<string, CheckedSession[]>()
  const byYear = new Map<number, CheckedSession[][]>()
  // Numbers, not the text key, for the lookup of every row: no string is built per row.
  const bySchool = new Map<number, Map<number, CheckedSession[]>>()
  let size = 0
  const groupOf = (s: CheckedSession) => {
    let years = bySchool.get(s.schoolId)
    if (!years) bySchool.set(s.schoolId, (years = new Map()))
    let group = years.get(s.schoolYear)
    if (!group) {
      years.set(s.schoolYear, (group = []))
      bySchoolYear.set(groupKey(s), group)
      const ofYear = byYear.get(s.schoolYear)
      if (ofYear) ofYear.push(group)
      else byYear.set(s.schoolYear, [group])
    }
    return group
  }
  const groups: SchoolYearGroups = {
    add: (more) => {
      for (const s of more) groupOf(s).push(s)
      size += more.length
    },
    bySchoolYear,
    byYear,
    get size() {
      return size
    },
  }
  groups.add(rows)
  return groups
}
