import type { Db } from '../db/database.ts'
import { findDescriptorId } from '../db/descriptors-repo.ts'
import type { LookupName } from '../db/lookups-repo.ts'
import type { LookupInput } from '../db/lookups-write-repo.ts'
import { BodyReader, objectBody } from './body-reader.ts'
import { ruleMessages } from './session-validation-messages.ts'

const SCHOOL_REF = [['schoolId', 'SchoolId']] as const
const SCHOOL_YEAR_REF = [['schoolYear', 'SchoolYear']] as const

function schoolReference(r: BodyReader): number | undefined {
  r.reference('schoolReference', 'SchoolReference', SCHOOL_REF)
  return r.int('schoolReference.schoolId', 'SchoolId', { int64: true, nonZero: true })
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
  return (r: BodyReader): LookupInput => {
    const namespace = r.text('namespace', 'Namespace', { required: true, max: 255, identity: true })
    const codeValue = r.text('codeValue', 'CodeValue', { required: true, max: 50, identity: true })
    const shortDescription = r.text('shortDescription', 'ShortDescription', { required: true, max: 75 })
    const description = r.text('description', 'Description', { max: 1024 })
    r.finish()
    return {
      kind: 'descriptor',
      descriptorKind: kind,
      namespace: namespace!,
      codeValue: codeValue!,
      shortDescription: shortDescription!,
      description: description ?? null,
    }
  }
}

const READERS: Record<LookupName, (r: BodyReader, db: Db) => LookupInput> = {
  schools: (r) => {
    const schoolId = r.int('schoolId', 'SchoolId', { required: true, int64: true, nonZero: true })
    const nameOfInstitution = r.text('nameOfInstitution', 'NameOfInstitution', { required: true, max: 75 })
    const shortNameOfInstitution = r.text('shortNameOfInstitution', 'ShortNameOfInstitution', { max: 75 })
    const leaMembers = [['localEducationAgencyId', 'LocalEducationAgencyId']] as const
    r.reference('localEducationAgencyReference', 'LocalEducationAgencyReference', leaMembers, false)
    const leaId = r.int('localEducationAgencyReference.localEducationAgencyId', 'LocalEducationAgencyId', { int64: true, nonZero: true })
    r.finish()
    return {
      kind: 'school',
      schoolId: schoolId!,
      nameOfInstitution: nameOfInstitution!,
      shortNameOfInstitution: shortNameOfInstitution ?? null,
      localEducationAgencyId: leaId ?? null,
    }
  },
  schoolYearTypes: (r) => {
    const schoolYear = r.int('schoolYear', 'SchoolYear', { required: true, nonZero: true })
    const schoolYearDescription = r.text('schoolYearDescription', 'SchoolYearDescription', { required: true, max: 50 })
    const currentSchoolYear = r.bool('currentSchoolYear', 'CurrentSchoolYear', true)
    r.finish()
    return {
      kind: 'schoolYearType',
      schoolYear: schoolYear!,
      schoolYearDescription: schoolYearDescription!,
      currentSchoolYear: currentSchoolYear!,
    }
  },
  termDescriptors: descriptorBody('TermDescriptor'),
  gradingPeriodDescriptors: descriptorBody('GradingPeriodDescriptor'),
  gradingPeriods: (r, db) => {
    const descriptorId = descriptorUri(db, r, 'gradingPeriodDescriptor', 'GradingPeriodDescriptor')
    const gradingPeriodName = r.text('gradingPeriodName', 'GradingPeriodName', { required: true, min: 1, max: 60, identity: true })
    const schoolId = schoolReference(r)
    r.reference('schoolYearTypeReference', 'SchoolYearTypeReference', SCHOOL_YEAR_REF)
    const schoolYear = r.int('schoolYearTypeReference.schoolYear', 'SchoolYear', { nonZero: true })
    const beginDate = r.date('beginDate', 'BeginDate', true)
    const endDate = r.date('endDate', 'EndDate', true)
    const periodSequence = r.int('periodSequence', 'PeriodSequence')
    const totalInstructionalDays = r.int('totalInstructionalDays', 'TotalInstructionalDays', { required: true, min: 0 })
    r.finish()
    return {
      kind: 'gradingPeriod',
      gradingPeriodDescriptorId: descriptorId!,
      gradingPeriodName: gradingPeriodName!,
      schoolId: schoolId!,
      schoolYear: schoolYear!,
      beginDate: beginDate!,
      endDate: endDate!,
      periodSequence: periodSequence ?? null,
      totalInstructionalDays: totalInstructionalDays!,
    }
  },
  academicWeeks: (r) => {
    const weekIdentifier = r.text('weekIdentifier', 'WeekIdentifier', { required: true, min: 5, max: 80, identity: true })
    const schoolId = schoolReference(r)
    const beginDate = r.date('beginDate', 'BeginDate', true)
    const endDate = r.date('endDate', 'EndDate', true)
    const totalInstructionalDays = r.int('totalInstructionalDays', 'TotalInstructionalDays', { required: true, min: 0 })
    r.finish()
    return {
      kind: 'academicWeek',
      weekIdentifier: weekIdentifier!,
      schoolId: schoolId!,
      beginDate: beginDate!,
      endDate: endDate!,
      totalInstructionalDays: totalInstructionalDays!,
    }
  },
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
