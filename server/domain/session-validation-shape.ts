// Phase 1 of Session body validation: Newtonsoft.Json deserializing into the ODS's C# class. Any
// type error ends validation (ASP.NET never validates such a model). Newtonsoft is lenient:
// "45" binds to 45, numbers bind to strings, names match ignoring case, unknown members are ignored.
import { typeMessages as m } from './session-validation-messages.ts'
import { childPath, jsonPath, type ErrorBag } from './validation-errors.ts'

export interface GradingPeriodRefShape {
  gradingPeriodDescriptor?: string
  gradingPeriodName?: string
  schoolId?: number
  schoolYear?: number
}
export interface AcademicWeekRefShape {
  schoolId?: number
  weekIdentifier?: string
}

export interface SessionShape {
  schoolReference?: { schoolId?: number }
  schoolYearTypeReference?: { schoolYear?: number }
  sessionName?: string
  termDescriptor?: string
  beginDate?: string
  endDate?: string
  totalInstructionalDays?: number
  gradingPeriods: { gradingPeriodReference?: GradingPeriodRefShape }[]
  academicWeeks: { academicWeekReference?: AcademicWeekRefShape }[]
}

type Json = Record<string, unknown>

export function readSessionShape(body: unknown, bag: ErrorBag): SessionShape | undefined {
  if (body === null || body === undefined) {
    bag.add('$', m.emptyBody())
    return undefined
  }
  const root = readObject(body, '', 'Session', bag)
  if (!root) return undefined
  const shape: SessionShape = {
    schoolReference: readReference(root, '', 'schoolReference', 'SchoolReference', bag, (ref, path) => ({
      schoolId: readInt64(member(ref, 'schoolId'), childPath(path, 'schoolId'), bag),
    })),
    schoolYearTypeReference: readReference(root, '', 'schoolYearTypeReference', 'SchoolYearTypeReference', bag, (ref, path) => ({
      schoolYear: readInt32(member(ref, 'schoolYear'), childPath(path, 'schoolYear'), bag),
    })),
    sessionName: readString(member(root, 'sessionName'), 'sessionName', bag),
    termDescriptor: readString(member(root, 'termDescriptor'), 'termDescriptor', bag),
    beginDate: readDate(member(root, 'beginDate'), 'beginDate', bag),
    endDate: readDate(member(root, 'endDate'), 'endDate', bag),
    totalInstructionalDays: readInt32(member(root, 'totalInstructionalDays'), 'totalInstructionalDays', bag),
    gradingPeriods: readItems(root, 'gradingPeriods', 'SessionGradingPeriod', bag, (item, path) => ({
      gradingPeriodReference: readReference(item, path, 'gradingPeriodReference', 'GradingPeriodReference', bag, (ref, refPath) => ({
        gradingPeriodDescriptor: readString(member(ref, 'gradingPeriodDescriptor'), childPath(refPath, 'gradingPeriodDescriptor'), bag),
        gradingPeriodName: readString(member(ref, 'gradingPeriodName'), childPath(refPath, 'gradingPeriodName'), bag),
        schoolId: readInt64(member(ref, 'schoolId'), childPath(refPath, 'schoolId'), bag),
        schoolYear: readInt32(member(ref, 'schoolYear'), childPath(refPath, 'schoolYear'), bag),
      })),
    })),
    academicWeeks: readItems(root, 'academicWeeks', 'SessionAcademicWeek', bag, (item, path) => ({
      academicWeekReference: readReference(item, path, 'academicWeekReference', 'AcademicWeekReference', bag, (ref, refPath) => ({
        schoolId: readInt64(member(ref, 'schoolId'), childPath(refPath, 'schoolId'), bag),
        weekIdentifier: readString(member(ref, 'weekIdentifier'), childPath(refPath, 'weekIdentifier'), bag),
      })),
    })),
  }
  return bag.isEmpty ? shape : undefined
}

/** Newtonsoft matches member names ignoring case; of two spellings, the later one in the body wins. */
function member(source: Json, name: string): unknown {
  const lower = name.toLowerCase()
  let found: unknown
  for (const key of Object.keys(source)) if (key.toLowerCase() === lower) found = source[key]
  return found
}

function readObject(value: unknown, path: string, typeName: string, bag: ErrorBag): Json | undefined {
  if (Array.isArray(value)) bag.add(jsonPath(path), m.arrayForObject(typeName, path))
  else if (typeof value === 'object' && value !== null) return value as Json
  else bag.add(jsonPath(path), m.conversion(value, typeName, path))
  return undefined
}

function readReference<T>(
  parent: Json,
  parentPath: string,
  name: string,
  typeName: string,
  bag: ErrorBag,
  read: (ref: Json, path: string) => T,
): T | undefined {
  const value = member(parent, name)
  if (value === undefined || value === null) return undefined
  const path = childPath(parentPath, name)
  const ref = readObject(value, path, typeName, bag)
  return ref ? read(ref, path) : undefined
}

const MAX_COLLECTION_ITEMS = 1000

/** A null collection is ignored by the ODS's setter, so it reads as empty, like an absent one. */
function readItems<T>(root: Json, name: string, itemType: string, bag: ErrorBag, read: (item: Json, path: string) => T): T[] {
  const value = member(root, name)
  if (value === undefined || value === null) return []
  const collectionType = `ICollection<${itemType}>`
  if (!Array.isArray(value)) {
    if (typeof value === 'object') bag.add(jsonPath(name), m.objectForArray(collectionType, name))
    else bag.add(jsonPath(name), m.conversion(value, collectionType, name))
    return []
  }
  if (value.length > MAX_COLLECTION_ITEMS) {
    bag.add(jsonPath(name), `${name[0]!.toUpperCase()}${name.slice(1)} may hold at most ${MAX_COLLECTION_ITEMS} items.`)
    return []
  }
  const items: T[] = []
  value.forEach((element: unknown, index) => {
    const path = `${name}[${index}]`
    // A null item would crash the ODS's validator (a 500); we answer 400 instead.
    if (element === null || element === undefined) bag.add(jsonPath(path), m.invalidValue())
    else {
      const item = readObject(element, path, itemType, bag)
      if (item) items.push(read(item, path))
    }
  })
  return items
}

function readString(value: unknown, path: string, bag: ErrorBag): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  bag.add(jsonPath(path), m.unexpectedCharacter(value, path))
  return undefined
}

const INTEGER_TEXT = /^[\t\n\v\f\r ]*([+-]?\d+)[\t\n\v\f\r ]*$/
const INT32_MIN = -2147483648
const INT32_MAX = 2147483647

function readInt32(value: unknown, path: string, bag: ErrorBag): number | undefined {
  if (value === undefined) return undefined
  const at = jsonPath(path)
  if (value === null || value === '') bag.add(at, m.conversion(null, 'System.Int32', path))
  else if (typeof value === 'string') {
    const digits = INTEGER_TEXT.exec(value)?.[1]
    const parsed = digits === undefined ? NaN : Number(digits)
    if (Number.isInteger(parsed) && parsed >= INT32_MIN && parsed <= INT32_MAX) return parsed
    bag.add(at, m.stringNotInteger(value, path))
  } else if (typeof value === 'number') {
    if (!Number.isInteger(value)) bag.add(at, m.notAnInteger(value, path))
    else if (value < INT32_MIN || value > INT32_MAX) bag.add(at, m.int32Overflow(value, path))
    else return value === 0 ? 0 : value // -0 -> 0
  } else bag.add(at, m.unexpectedCharacter(value, path))
  return undefined
}

/** Int64 members: beyond 2^53 a JavaScript number is inexact, so such values are refused, not rounded. */
function readInt64(value: unknown, path: string, bag: ErrorBag): number | undefined {
  if (value === undefined) return undefined
  const at = jsonPath(path)
  if (typeof value === 'object' && value !== null) {
    bag.add(at, m.structureForPrimitive(value, 'System.Int64', path))
    return undefined
  }
  const parsed = typeof value === 'number' ? value : typeof value === 'string' ? Number(INTEGER_TEXT.exec(value)?.[1] ?? NaN) : NaN
  if (Number.isSafeInteger(parsed)) return parsed === 0 ? 0 : parsed
  // Postman v7.3 "Creating School With an Invalid SchoolId Fails": a fraction gives "Input string '<v>' is not ...".
  if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) bag.add(at, m.notAnInteger(value, path))
  else bag.add(at, m.conversion(value, 'System.Int64', path))
  return undefined
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,7})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)?)?$/
// .NET also parses month/day/year: Postman v7.3 posts "1/1/0001" and expects "BeginDate is required.".
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/

function readDate(value: unknown, path: string, bag: ErrorBag): string | undefined {
  if (value === undefined || value === null) return undefined
  const date = typeof value === 'string' ? calendarDate(value) : undefined
  if (date) return date
  bag.add(jsonPath(path), m.invalidValue())
  return undefined
}

export function calendarDate(text: string): string | undefined {
  const iso = ISO_DATE.exec(text)
  const us = iso ? undefined : US_DATE.exec(text)
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : []
  if (year === undefined || month === undefined || day === undefined) return undefined
  const [y, mo, d] = [Number(year), Number(month), Number(day)]
  const isLeap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const daysInMonth = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1]
  if (y < 1 || daysInMonth === undefined || d < 1 || d > daysInMonth) return undefined
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}
