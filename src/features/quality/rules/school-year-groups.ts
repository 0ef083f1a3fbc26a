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
  let size = 0
  const groups: SchoolYearGroups = {
    add: (more) => {
      for (const s of more) {
        const key = groupKey(s)
        let group = bySchoolYear.get(key)
        if (!group) {
          group = []
          bySchoolYear.set(key, group)
          const ofYear = byYear.get(s.schoolYear)
          if (ofYear) ofYear.push(group)
          else byYear.set(s.schoolYear, [group])
        }
        group.push(s)
      }
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
