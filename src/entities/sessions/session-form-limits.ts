// SessionName is 60 long in DS 4 and 5.x, 120 in DS 6: limits come from the server's OpenAPI, else DS 5.2.

export interface SessionFormLimits {
  sessionNameMaxLength: number
  termDescriptorMaxLength: number
  requiredLists: ReadonlyArray<'gradingPeriods' | 'academicWeeks'>
  source: 'server' | 'ds-5.2'
}

export const DS52_FORM_LIMITS: SessionFormLimits = {
  sessionNameMaxLength: 60,
  termDescriptorMaxLength: 306,
  requiredLists: [],
  source: 'ds-5.2',
}

interface SchemaMember {
  maxLength?: unknown
}
interface ObjectSchema {
  required?: unknown
  properties?: Record<string, SchemaMember | undefined>
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function sessionSchema(doc: unknown): ObjectSchema | undefined {
  if (!isObject(doc)) return undefined
  const components = isObject(doc.components) ? doc.components.schemas : undefined
  const schemas = isObject(components) ? components : isObject(doc.definitions) ? doc.definitions : undefined
  const schema = schemas?.edFi_session
  return isObject(schema) && isObject(schema.properties) ? (schema as ObjectSchema) : undefined
}

const length = (member: SchemaMember | undefined, fallback: number) =>
  typeof member?.maxLength === 'number' && Number.isInteger(member.maxLength) && member.maxLength > 0 ? member.maxLength : fallback

export function formLimitsFromOpenApi(doc: unknown): SessionFormLimits | undefined {
  const schema = sessionSchema(doc)
  const members = schema?.properties
  if (!schema || !members || !isObject(members.sessionName)) return undefined
  const required = Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : []
  return {
    sessionNameMaxLength: length(members.sessionName, DS52_FORM_LIMITS.sessionNameMaxLength),
    termDescriptorMaxLength: length(members.termDescriptor, DS52_FORM_LIMITS.termDescriptorMaxLength),
    requiredLists: (['gradingPeriods', 'academicWeeks'] as const).filter((name) => required.includes(name)),
    source: 'server',
  }
}
