import type { Db } from '../db/database.ts'
import { SeedWriter } from '../db/seed-writer.ts'
import { iso } from './calendar.ts'
import { seedReferenceData, SCHOOLS } from './reference.ts'
import { academicCalendar, DEMO_SCHOOL_YEARS } from './school-calendars.ts'
import { listGradingPeriodIds, listAcademicWeekIds } from '../db/seed-lookups.ts'
import { seedGrandBendSample } from './grand-bend-sample.ts'
import { withDemoFaults } from './demo-faults.ts'
import { ensureSessionBodies } from '../domain/session-bodies.ts'

const COURSES: Record<number, [string, string][]> = {
  255901001: [
    ['ALG-1', 'Algebra I'],
    ['ENG-9', 'English I'],
    ['BIO-1', 'Biology'],
    ['USH-1', 'U.S. History'],
  ],
  255901044: [
    ['MATH-7', 'Math 7'],
    ['SCI-7', 'Life Science'],
  ],
}

export function seedDemoData(db: Db): void {
  seedReferenceData(db)
  seedGrandBendSample(db)
  const w = new SeedWriter(db)
  const terms = w.descriptorIds('TermDescriptor')
  for (const schoolYear of DEMO_SCHOOL_YEARS) {
    for (const school of SCHOOLS) {
      const gradingPeriods = listGradingPeriodIds(db, school.schoolId, schoolYear)
      const weeks = listAcademicWeekIds(db, school.schoolId, schoolYear)
      for (const session of withDemoFaults(school.schoolId, schoolYear, academicCalendar(school.schoolId, schoolYear).sessions)) {
        const name = `${schoolYear - 1}-${schoolYear} ${session.term}`
        const sessionId = w.session({
          schoolId: school.schoolId,
          schoolYear,
          name,
          termDescriptorId: terms.get(session.term)!,
          beginDate: iso(session.span.begin),
          endDate: iso(session.span.end),
          days: session.span.days,
        })
        for (const gp of gradingPeriods) if (session.gradingPeriods.includes(gp.descriptor)) w.sessionGradingPeriod(sessionId, gp.id)
        for (const week of weeks) {
          if (week.beginDate >= iso(session.span.begin) && week.endDate <= iso(session.span.end)) w.sessionAcademicWeek(sessionId, week.id)
        }
        const courses = COURSES[school.schoolId]
        if (courses && schoolYear >= 2024 && !session.term.startsWith('Summer')) {
          for (const [code, title] of courses) {
            w.courseOffering({
              localCourseCode: code,
              title,
              schoolId: school.schoolId,
              schoolYear,
              sessionName: name,
              courseCode: code,
              edOrgId: 255901,
            })
          }
        }
      }
    }
  }
  ensureSessionBodies(db)
}
