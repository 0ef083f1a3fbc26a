import type { Db } from '../db/database.ts'
import { SeedWriter } from '../db/seed-writer.ts'
import { GRADING_PERIOD_CODES, TERM_CODES } from './descriptors.ts'
import { academicCalendar, DEMO_SCHOOL_YEARS } from './school-calendars.ts'
import { iso } from './calendar.ts'

export const GRAND_BEND_LEA = 255901
export const NEIGHBOR_LEA = 255950
export const SCHOOLS = [
  { schoolId: 255901001, name: 'Grand Bend High School', shortName: 'GBHS', leaId: GRAND_BEND_LEA },
  { schoolId: 255901044, name: 'Grand Bend Middle School', shortName: 'GBMS', leaId: GRAND_BEND_LEA },
  { schoolId: 255901107, name: 'Grand Bend Elementary School', shortName: 'GBES', leaId: GRAND_BEND_LEA },
  { schoolId: 255950001, name: 'Riverbend High School', shortName: 'RBHS', leaId: NEIGHBOR_LEA },
] as const

export const CURRENT_SCHOOL_YEAR = 2027

export function seedReferenceData(db: Db): void {
  const w = new SeedWriter(db)
  for (const code of TERM_CODES) w.descriptor('TermDescriptor', 'uri://ed-fi.org/TermDescriptor', code)
  for (const code of GRADING_PERIOD_CODES) w.descriptor('GradingPeriodDescriptor', 'uri://ed-fi.org/GradingPeriodDescriptor', code)
  for (let year = 1991; year <= 2050; year++) w.schoolYear(year, year === CURRENT_SCHOOL_YEAR)
  w.localEducationAgency(GRAND_BEND_LEA, 'Grand Bend ISD')
  w.localEducationAgency(NEIGHBOR_LEA, 'Riverbend ISD')
  for (const s of SCHOOLS) w.school(s.schoolId, s.name, s.shortName, s.leaId)

  const gradingPeriodDescriptors = w.descriptorIds('GradingPeriodDescriptor')
  for (const school of SCHOOLS) {
    for (const schoolYear of DEMO_SCHOOL_YEARS) {
      const calendar = academicCalendar(school.schoolId, schoolYear)
      calendar.gradingPeriods.forEach((gp, index) =>
        w.gradingPeriod({
          descriptorId: gradingPeriodDescriptors.get(gp.descriptor)!,
          name: `${schoolYear - 1}-${schoolYear} ${gp.descriptor}`,
          schoolId: school.schoolId,
          schoolYear,
          beginDate: iso(gp.term.begin),
          endDate: iso(gp.term.end),
          sequence: index + 1,
          days: gp.term.days,
        }),
      )
      calendar.weeks.forEach((week, index) =>
        w.academicWeek({
          schoolId: school.schoolId,
          weekIdentifier: `${schoolYear - 1}-${schoolYear} Week ${String(index + 1).padStart(2, '0')}`,
          beginDate: iso(week.begin),
          endDate: iso(week.end),
          days: week.days,
        }),
      )
    }
  }
}
