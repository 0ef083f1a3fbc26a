import type { FilterType, ReadSpec } from './resource-rows.ts'

// A resource's read spec from its members: each member is a column of the resource's table named as
// the member in snake case, selected under the member's name and filterable by it, so the SELECT
// list and the query parameters name each member once. A member has the same type in every Ed-Fi
// resource (schoolId is always an integer, beginDate always a date); members not listed are text.

const MEMBER_TYPES: [FilterType, readonly string[]][] = [
  ['guid', ['id']],
  [
    'int',
    [
      'schoolId',
      'schoolYear',
      'localEducationAgencyId',
      'educationOrganizationId',
      'descriptorId',
      'periodSequence',
      'totalInstructionalDays',
    ],
  ],
  ['bool', ['currentSchoolYear']],
  ['date', ['beginDate', 'endDate']],
]
const typeOf = (member: string): FilterType => MEMBER_TYPES.find(([, members]) => members.includes(member))?.[0] ?? 'text'

const snakeCase = (member: string) => member.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)

export interface ReadSource {
  /** The resource's table as `table alias`, then its joins. */
  from: string
  alias: string
  where?: string
  orderBy: string
  schoolColumn?: string
  /** The members, in the order the query parameters are checked. */
  members: readonly string[]
  /** Members that are an expression rather than a column of the table. */
  expressions?: Record<string, string>
  /** Selected, never filtered on: the resource ids of references, for their links. */
  references?: Record<string, string>
}

export function readSpec(source: ReadSource): ReadSpec {
  const { alias, members, expressions = {}, references = {} } = source
  const sqlOf = (member: string) => expressions[member] ?? `${alias}.${snakeCase(member)}`
  const selected = [
    ...members.map((m) => [m, sqlOf(m)]),
    ...Object.entries(references),
    ['lastModifiedDate', `${alias}.last_modified_date`],
  ]
  return {
    select: `SELECT ${selected.map(([member, sql]) => `${sql} AS ${member}`).join(', ')} FROM ${source.from}`,
    where: source.where,
    orderBy: source.orderBy,
    idColumn: `${alias}.id`,
    schoolColumn: source.schoolColumn,
    filters: Object.fromEntries(members.map((m) => [m, [sqlOf(m), typeOf(m)] as const])),
  }
}
