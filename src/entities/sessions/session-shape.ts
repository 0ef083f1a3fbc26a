import type { BodyIssue, BodyReader } from '../../lib/api-client.ts'
import type { Session } from './session-schema.ts'

// zod on 500-row pages cost more than the request and kept zod on the first screen: the same rules by
// hand (session-shape.test.ts holds both to the same verdicts).

type Path = (string | number)[]
type Check = (value: unknown, path: Path, issues: BodyIssue[]) => void

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const DATE_SOURCE =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))'
const HH_MM = '(?:[01]\\d|2[0-3]):[0-5]\\d'
const DATE = new RegExp(`^${DATE_SOURCE}$`)
const DATE_TIME = new RegExp(`^${DATE_SOURCE}T(?:${HH_MM}:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-]${HH_MM})|${HH_MM}(?::[0-5]\\d(?:\\.\\d+)?)?)$`)

const rule =
  (test: (value: unknown) => boolean, message: string): Check =>
  (value, path, issues) => {
    if (!test(value)) issues.push({ path, message })
  }

const text = rule((v) => typeof v === 'string', 'expected a string')
const int64 = rule((v) => Number.isSafeInteger(v), 'expected an integer')
const int32 = rule((v) => Number.isInteger(v) && (v as number) >= -(2 ** 31) && (v as number) < 2 ** 31, 'expected a 32-bit integer')
const date = rule((v) => typeof v === 'string' && DATE.test(v), 'expected a date (YYYY-MM-DD)')
const dateTime = rule((v) => typeof v === 'string' && DATE_TIME.test(v), 'expected a date and time')

const optional =
  (check: Check): Check =>
  (value, path, issues) => {
    if (value !== undefined) check(value, path, issues)
  }

function object(members: Record<string, Check>): Check {
  const entries = Object.entries(members)
  return (value, path, issues) => {
    if (!isRecord(value)) return void issues.push({ path, message: 'expected an object' })
    for (const [name, check] of entries) check(value[name], [...path, name], issues)
  }
}

const arrayOf =
  (check: Check): Check =>
  (value, path, issues) => {
    if (!Array.isArray(value)) return void issues.push({ path, message: 'expected an array' })
    for (let index = 0; index < value.length; index++) check(value[index], [...path, index], issues)
  }

const link = optional(object({ rel: optional(text), href: optional(text) }))
const reference = (members: Record<string, Check>) => object({ ...members, link })

const sessionCheck = object({
  id: text,
  sessionName: text,
  schoolReference: reference({ schoolId: int64 }),
  schoolYearTypeReference: reference({ schoolYear: int32 }),
  academicWeeks: optional(arrayOf(object({ academicWeekReference: reference({ schoolId: int64, weekIdentifier: text }) }))),
  beginDate: date,
  endDate: date,
  gradingPeriods: optional(
    arrayOf(
      object({
        gradingPeriodReference: reference({ gradingPeriodDescriptor: text, gradingPeriodName: text, schoolId: int64, schoolYear: int32 }),
      }),
    ),
  ),
  termDescriptor: text,
  totalInstructionalDays: int32,
  _etag: optional(text),
  _lastModifiedDate: optional(dateTime),
})

const listCheck = arrayOf(sessionCheck)

export const sessionListReader: BodyReader<Session[]> = {
  safeParse(value) {
    const issues: BodyIssue[] = []
    listCheck(value, [], issues)
    return issues.length === 0 ? { success: true, data: value as Session[] } : { success: false, error: { issues } }
  },
}
