// Phase 2 of Session body validation: the ODS's validation attributes in class order, every failure collected.
import { ruleMessages as m } from './session-validation-messages.ts'
import type { AcademicWeekRefShape, GradingPeriodRefShape, SessionShape } from './session-validation-shape.ts'
import { textProblems } from './text-rules.ts'
import type { ErrorBag } from './validation-errors.ts'

export type DescriptorKind = 'TermDescriptor' | 'GradingPeriodDescriptor'
export interface DescriptorLookups {
  descriptorExists: (kind: DescriptorKind, uri: string) => boolean
  sessionNameMaxLength?: number
}

interface StringRule {
  required?: boolean
  minLength?: number
  maxLength: number
  identity?: boolean
  descriptor?: DescriptorKind
}

export function checkSessionRules(shape: SessionShape, lookups: DescriptorLookups, bag: ErrorBag): void {
  const check = (path: string, name: string, value: string | undefined, rule: StringRule) =>
    checkString(bag, lookups, path, name, value, rule)

  checkReference(bag, '$.schoolReference', 'SchoolReference', shape.schoolReference, { SchoolId: shape.schoolReference?.schoolId })
  checkReference(bag, '$.schoolYearTypeReference', 'SchoolYearTypeReference', shape.schoolYearTypeReference, {
    SchoolYear: shape.schoolYearTypeReference?.schoolYear,
  })
  check('$.sessionName', 'SessionName', shape.sessionName, {
    required: true,
    maxLength: lookups.sessionNameMaxLength ?? 60,
    identity: true,
  })
  checkDate(bag, '$.beginDate', 'BeginDate', shape.beginDate)
  checkDate(bag, '$.endDate', 'EndDate', shape.endDate)
  check('$.termDescriptor', 'TermDescriptor', shape.termDescriptor, { required: true, maxLength: 306, descriptor: 'TermDescriptor' })
  if (shape.totalInstructionalDays === undefined) bag.add('$.totalInstructionalDays', m.required('TotalInstructionalDays'))
  else if (shape.totalInstructionalDays < 0) bag.add('$.totalInstructionalDays', m.minimum('TotalInstructionalDays', 0))

  checkDuplicates(
    bag,
    '$.academicWeeks',
    'SessionAcademicWeeks',
    shape.academicWeeks.map((item) => weekKey(item.academicWeekReference)),
  )
  shape.academicWeeks.forEach((item, index) => {
    const path = `$.academicWeeks[${index}].academicWeekReference`
    const ref = item.academicWeekReference
    checkReference(bag, path, 'AcademicWeekReference', ref, { SchoolId: ref?.schoolId, WeekIdentifier: ref?.weekIdentifier })
    if (!ref) return
    // Beyond the ODS: OpenAPI limits on reference members make a malformed key a 400, not a 409.
    check(`${path}.weekIdentifier`, 'WeekIdentifier', ref.weekIdentifier, { minLength: 5, maxLength: 80, identity: true })
    checkUnified(bag, `${path}.schoolId`, 'schoolId', shape.schoolReference?.schoolId, ref.schoolId)
  })

  const gradingPeriodKeys = shape.gradingPeriods.map((item) => gradingPeriodKey(item.gradingPeriodReference))
  checkDuplicates(bag, '$.gradingPeriods', 'SessionGradingPeriods', gradingPeriodKeys)
  shape.gradingPeriods.forEach((item, index) => {
    const path = `$.gradingPeriods[${index}].gradingPeriodReference`
    const ref = item.gradingPeriodReference
    checkReference(bag, path, 'GradingPeriodReference', ref, {
      GradingPeriodDescriptor: ref?.gradingPeriodDescriptor,
      GradingPeriodName: ref?.gradingPeriodName,
      SchoolId: ref?.schoolId,
      SchoolYear: ref?.schoolYear,
    })
    if (!ref) return
    check(`${path}.gradingPeriodDescriptor`, 'GradingPeriodDescriptor', ref.gradingPeriodDescriptor, {
      maxLength: 306,
      descriptor: 'GradingPeriodDescriptor',
    })
    check(`${path}.gradingPeriodName`, 'GradingPeriodName', ref.gradingPeriodName, { maxLength: 60, identity: true })
    checkUnified(bag, `${path}.schoolId`, 'schoolId', shape.schoolReference?.schoolId, ref.schoolId)
    checkUnified(bag, `${path}.schoolYear`, 'schoolYear', shape.schoolYearTypeReference?.schoolYear, ref.schoolYear)
  })
}

/** A member holding the C# default (null, 0) is missing; "" counts as supplied, as in the ODS. */
type Members = Record<string, string | number | undefined>

function checkReference(bag: ErrorBag, path: string, name: string, ref: object | undefined, members: Members): void {
  if (!ref) {
    bag.add(path, m.referenceRequired(name))
    return
  }
  const missing = Object.entries(members)
    .filter(([, value]) => value === undefined || value === 0)
    .map(([member]) => member)
  if (missing.length > 0) bag.add(path, m.referenceIncomplete(name, missing))
}

// .NET char.IsWhiteSpace: Unicode separators and \t-\r, \x85, \xA0, but not the BOM that \s includes.
const isWhiteSpace = (ch: string) => ch !== '\uFEFF' && /[\s\x85]/.test(ch)

function checkString(
  bag: ErrorBag,
  lookups: DescriptorLookups,
  path: string,
  name: string,
  value: string | undefined,
  rule: StringRule,
): void {
  if (value === undefined) {
    if (rule.required) bag.add(path, m.required(name))
    return
  }
  const blank = [...value].every(isWhiteSpace) // true for "" too
  if (rule.required && blank) bag.add(path, m.requiredNotEmpty(name))
  // NonDefaultStringLength skips "" (the Postman weekIdentifier "" case reports only "required").
  if (value.length > 0) {
    const min = rule.minLength ?? 0
    if (value.length > rule.maxLength || value.length < min) {
      bag.add(path, min > 0 ? m.lengthBetween(name, min, rule.maxLength) : m.maxLength(name, rule.maxLength))
    }
  }
  for (const problem of textProblems(name, value, rule.identity === true)) bag.add(path, problem)
  if (rule.identity && value.length > 0 && (isWhiteSpace(value[0]) || isWhiteSpace(value[value.length - 1]))) {
    bag.add(path, m.whitespace(name))
  }
  if (rule.descriptor && !(rule.required && blank)) checkDescriptor(bag, lookups, path, rule.descriptor, value)
}

function checkDescriptor(bag: ErrorBag, lookups: DescriptorLookups, path: string, kind: DescriptorKind, uri: string): void {
  if (!uri.includes('#')) bag.add(path, m.descriptorFormat(kind, uri))
  else if (!lookups.descriptorExists(kind, uri)) bag.add(path, m.descriptorMissing(kind, uri))
}

function checkDate(bag: ErrorBag, path: string, name: string, value: string | undefined): void {
  if (value === undefined || value === '0001-01-01') bag.add(path, m.required(name))
}

/** Key unification with the parent's value; defaults (absent/0) on either side are not compared. */
function checkUnified(bag: ErrorBag, path: string, member: string, parentValue: number | undefined, childValue: number | undefined): void {
  if (!parentValue || !childValue || parentValue === childValue) return
  bag.add(path, m.unification(member, [parentValue, childValue]))
}

/** NoDuplicateMembers: the first repeated identity (strings compared case-insensitively) is reported. */
function checkDuplicates(bag: ErrorBag, path: string, itemTypePlural: string, keys: (string | undefined)[]): void {
  const seen = new Set<string>()
  for (const [index, key] of keys.entries()) {
    if (key === undefined) continue
    if (seen.has(key)) {
      bag.add(path, m.duplicate(index + 1, itemTypePlural))
      return
    }
    seen.add(key)
  }
}

function gradingPeriodKey(ref: GradingPeriodRefShape | undefined): string | undefined {
  if (!ref) return undefined
  return JSON.stringify([ref.gradingPeriodDescriptor?.toLowerCase(), ref.gradingPeriodName?.toLowerCase(), ref.schoolId, ref.schoolYear])
}

function weekKey(ref: AcademicWeekRefShape | undefined): string | undefined {
  if (!ref) return undefined
  return JSON.stringify([ref.schoolId, ref.weekIdentifier?.toLowerCase()])
}
