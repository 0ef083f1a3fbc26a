import type { Db } from '../db/database.ts'
import { findDescriptorId } from '../db/descriptors-repo.ts'
import type { LookupName } from '../db/lookups-repo.ts'
import type { LookupInput } from '../db/lookups-write-repo.ts'
import { BodyReader, objectBody } from './body-reader.ts'
import { ruleMessages } from './session-validation-messages.ts'

const SCHOOL_REF = [['schoolId', 'SchoolId']] as const
const SCHOOL_YEAR_REF = [['schoolYear', 'SchoolYear']] as const
const LEA_REF = [['localEducationAgencyId', 'LocalEducationAgencyId']] as const

function schoolReference(r: BodyReader): number | undefined {
  r.reference('schoolReference', 'SchoolReference', SCHOOL_REF)
  return r.int('schoolReference.schoolId', 'SchoolId', { int64: true, nonZero: true })
}

function schoolYearReference(r: BodyReader): number | undefined {
  r.reference('schoolYearTypeReference', 'SchoolYearTypeReference', SCHOOL_YEAR_REF)
  return r.int('schoolYearTypeReference.schoolYear', 'SchoolYear', { nonZero: true })
}

function leaReference(r: BodyReader): number | undefined {
  r.reference('localEducationAgencyReference', 'LocalEducationAgencyReference', LEA_REF, false)
  return r.int('localEducationAgencyReference.localEducationAgencyId', 'LocalEducationAgencyId', { int64: true, nonZero: true })
}

/**
 * Each reader builds its input as one object literal whose members are read in the resource's
 * member order (the order of the errors), then the collected errors are thrown, if any: so every
 * required member is present in what is returned.
 */
function checked(r: BodyReader, input: LookupInput): LookupInput {
  r.finish()
  return input
}

function descriptorUri(db: Db, r: BodyReader, path: string, name: 'GradingPeriodDescriptor'): number | undefined {
  const uri = r.text(path, name, { required: true, max: 306 })
  if (uri === undefined || uri.trim() === '' || uri.length > 306) return undefined
  if (!uri.includes('#')) {
    r.addRule(path, ruleMessages.descriptorFormat(name, uri))
    return undefined
  }
  const id = findDescriptorId(db, name, uri)
  if (id === undefined) r.addRule(path, `${name} value '${uri}' does not exist.`)
  return id
}

function descriptorBody(kind: 'TermDescriptor' | 'GradingPeriodDescriptor') {
  return (r: BodyReader): LookupInput =>
    checked(r, {
      kind: 'descriptor',
      descriptorKind: kind,
      namespace: r.text('namespace', 'Namespace', { required: true, max: 255, identity: true })!,
      codeValue: r.text('codeValue', 'CodeValue', { required: true, max: 50, identity: true })!,
      shortDescription: r.text('shortDescription', 'ShortDescription', { required: true, max: 75 })!,
      description: r.text('description', 'Description', { max: 1024 }) ?? null,
    })
}

const READERS: Record<LookupName, (r: BodyReader, db: Db) => LookupInput> = {
  schools: (r) =>
    checked(r, {
      kind: 'school',
      schoolId: r.int('schoolId', 'SchoolId', { required: true, int64: true, nonZero: true })!,
      nameOfInstitution: r.text('nameOfInstitution', 'NameOfInstitution', { required: true, max: 75 })!,
      shortNameOfInstitution: r.text('shortNameOfInstitution', 'ShortNameOfInstitution', { max: 75 }) ?? null,
      localEducationAgencyId: leaReference(r) ?? null,
    }),
  schoolYearTypes: (r) =>
    checked(r, {
      kind: 'schoolYearType',
      schoolYear: r.int('schoolYear', 'SchoolYear', { required: true, nonZero: true })!,
      schoolYearDescription: r.text('schoolYearDescription', 'SchoolYearDescription', { required: true, max: 50 })!,
      currentSchoolYear: r.bool('currentSchoolYear', 'CurrentSchoolYear', true)!,
    }),
  termDescriptors: descriptorBody('TermDescriptor'),
  gradingPeriodDescriptors: descriptorBody('GradingPeriodDescriptor'),
  gradingPeriods: (r, db) =>
    checked(r, {
      kind: 'gradingPeriod',
      gradingPeriodDescriptorId: descriptorUri(db, r, 'gradingPeriodDescriptor', 'GradingPeriodDescriptor')!,
      gradingPeriodName: r.text('gradingPeriodName', 'GradingPeriodName', { required: true, min: 1, max: 60, identity: true })!,
      schoolId: schoolReference(r)!,
      schoolYear: schoolYearReference(r)!,
      beginDate: r.date('beginDate', 'BeginDate', true)!,
      endDate: r.date('endDate', 'EndDate', true)!,
      periodSequence: r.int('periodSequence', 'PeriodSequence') ?? null,
      totalInstructionalDays: r.int('totalInstructionalDays', 'TotalInstructionalDays', { required: true, min: 0 })!,
    }),
  academicWeeks: (r) =>
    checked(r, {
      kind: 'academicWeek',
      weekIdentifier: r.text('weekIdentifier', 'WeekIdentifier', { required: true, min: 5, max: 80, identity: true })!,
      schoolId: schoolReference(r)!,
      beginDate: r.date('beginDate', 'BeginDate', true)!,
      endDate: r.date('endDate', 'EndDate', true)!,
      totalInstructionalDays: r.int('totalInstructionalDays', 'TotalInstructionalDays', { required: true, min: 0 })!,
    }),
}

const TYPE_NAMES: Record<LookupName, string> = {
  schools: 'School',
  schoolYearTypes: 'SchoolYearType',
  termDescriptors: 'TermDescriptor',
  gradingPeriodDescriptors: 'GradingPeriodDescriptor',
  gradingPeriods: 'GradingPeriod',
  academicWeeks: 'AcademicWeek',
}

export function readLookupBody(db: Db, name: LookupName, body: unknown): LookupInput {
  return READERS[name](new BodyReader(objectBody(body, TYPE_NAMES[name])), db)
}
