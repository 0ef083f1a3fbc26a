// The form rules a server's own contract sets for a session: SessionName's length (60 in Data
// Standards 4 and 5.x, 120 in DS 6), the description of a term, and which members it requires. They
// are read from the server's OpenAPI metadata (the `edFi_session` schema); anything unreadable falls
// back to the DS 5.2 contract the app ships.

export interface SessionFormLimits {
  sessionNameMaxLength: number
  termDescriptorMaxLength: number
  /** Members the server requires beyond the key and the DS 5.2 required members (e.g. gradingPeriods). */
  requiredLists: ReadonlyArray<'gradingPeriods' | 'academicWeeks'>
  /** Where the limits come from: the server's metadata, or the DS 5.2 rules shipped with the app. */
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

/** The session schema of an OpenAPI 3 (`components.schemas`) or Swagger 2 (`definitions`) document. */
function sessionSchema(doc: unknown): ObjectSchema | undefined {
  if (!isObject(doc)) return undefined
  const components = isObject(doc.components) ? doc.components.schemas : undefined
  const schemas = isObject(components) ? components : isObject(doc.definitions) ? doc.definitions : undefined
  const schema = schemas?.edFi_session
  return isObject(schema) && isObject(schema.properties) ? (schema as ObjectSchema) : undefined
}

const length = (member: SchemaMember | undefined, fallback: number) =>
  typeof member?.maxLength === 'number' && Number.isInteger(member.maxLength) && member.maxLength > 0 ? member.maxLength : fallback

/** The limits a metadata document sets, or undefined when it has no readable session schema. */
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
