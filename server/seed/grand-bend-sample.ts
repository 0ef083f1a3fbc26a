import type { Db } from '../db/database.ts'
import { SeedWriter } from '../db/seed-writer.ts'

// Records of Ed-Fi's Grand Bend sample that Ed-Fi's own Postman suites refer to (Key Changes /
// Sessions, Authorization Tests / KeyChanges): their setup POSTs "SESSION ONE" at Grand Bend High
// School, 2021-2022, with these three grading periods. Without them that setup gets a 409.
const HIGH_SCHOOL = 255901001
const FALL_2021_EXAMS = [
  { descriptor: 'First Six Weeks', name: '2021-2022 Fall Semester Exam 1', begin: '2021-08-23', end: '2021-10-01', days: 29 },
  { descriptor: 'Second Six Weeks', name: '2021-2022 Fall Semester Exam 2', begin: '2021-10-04', end: '2021-11-12', days: 29 },
  { descriptor: 'Third Six Weeks', name: '2021-2022 Fall Semester Final Exam', begin: '2021-11-15', end: '2021-12-17', days: 23 },
] as const

export function seedGrandBendSample(db: Db): void {
  const w = new SeedWriter(db)
  const descriptors = w.descriptorIds('GradingPeriodDescriptor')
  FALL_2021_EXAMS.forEach((period, index) =>
    w.gradingPeriod({
      descriptorId: descriptors.get(period.descriptor)!,
      name: period.name,
      schoolId: HIGH_SCHOOL,
      schoolYear: 2022,
      beginDate: period.begin,
      endDate: period.end,
      sequence: index + 1,
      days: period.days,
    }),
  )
}
