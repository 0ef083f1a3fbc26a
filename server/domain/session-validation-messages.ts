// Every validation message the body validators produce, copied from ODS/API v7.3 (its C#
// validation attributes and Newtonsoft.Json) and checked against Ed-Fi's v7.3 Postman suites.

function atPath(message: string, newtonsoftPath: string): string {
  return `${message} Path '${newtonsoftPath}'.`
}

function printValue(value: unknown): string {
  if (value === null || value === undefined) return '{null}'
  if (typeof value === 'string') return `"${value}"`
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return String(value)
}

export const typeMessages = {
  stringNotInteger: (text: string, path: string) => atPath(`Could not convert string to integer: ${text}.`, path),
  // Postman v7.3 asserts this Int32 wording for Int64 members too (School.schoolId).
  notAnInteger: (value: number, path: string) => atPath(`Input string '${String(value)}' is not a valid integer.`, path),
  int32Overflow: (value: number, path: string) => atPath(`JSON integer ${String(value)} is too large or small for an Int32.`, path),
  unexpectedCharacter: (value: unknown, path: string) =>
    atPath(`Unexpected character encountered while parsing value: ${firstCharacterOf(value)}.`, path),
  conversion: (value: unknown, typeName: string, path: string) =>
    atPath(`Error converting value ${printValue(value)} to type '${typeName}'.`, path),
  arrayForObject: (typeName: string, path: string) =>
    atPath(
      `Cannot deserialize the current JSON array (e.g. [1,2,3]) into type '${typeName}' ` +
        'because the type requires a JSON object (e.g. {"name":"value"}) to deserialize correctly.',
      path,
    ),
  objectForArray: (typeName: string, path: string) =>
    atPath(
      `Cannot deserialize the current JSON object (e.g. {"name":"value"}) into type '${typeName}' ` +
        'because the type requires a JSON array (e.g. [1,2,3]) to deserialize correctly.',
      path,
    ),
  structureForPrimitive: (value: object, typeName: string, path: string) =>
    atPath(
      `Cannot deserialize the current JSON ${Array.isArray(value) ? 'array (e.g. [1,2,3])' : 'object (e.g. {"name":"value"})'} ` +
        `into type '${typeName}' because the type requires a JSON primitive value (e.g. string, number, boolean, null) ` +
        'to deserialize correctly.',
      path,
    ),
  invalidValue: () => 'The supplied value is invalid.',
  emptyBody: () => 'A non-empty request body is required.',
}

function firstCharacterOf(value: unknown): string {
  if (Array.isArray(value)) return '['
  if (typeof value === 'object' && value !== null) return '{'
  return typeof value === 'boolean' ? (value ? 't' : 'f') : String(value).charAt(0)
}

export const ruleMessages = {
  // Also for the .NET default date 0001-01-01, as RequiredWithNonDefault does.
  required: (name: string) => `${name} is required.`,
  requiredNotEmpty: (name: string) => `${name} is required and should not be left empty.`,
  maxLength: (name: string, max: number) => `${name} must be at most ${max} characters in length.`,
  lengthBetween: (name: string, min: number, max: number) => `${name} must be between ${min} and ${max} characters in length.`,
  minimum: (name: string, min: number) => `${name} must be greater than or equal to ${min}.`,
  whitespace: (name: string) => `${name} cannot contain leading or trailing spaces.`,
  dangerous: (name: string) =>
    `${name} contains a value that could be dangerous for downstream systems using this data. ` +
    "Try to avoid the use of special symbols like '<', '>' or '&' without surrounding spaces.",
  descriptorFormat: (kind: string, uri: string) =>
    `${kind} value '${uri}' is not a valid value for use as a descriptor ` +
    "(a '#' is expected to delineate the namespace and code value portions).",
  descriptorMissing: (kind: string, uri: string) => `${kind} value '${uri}' does not exist.`,
  referenceRequired: (name: string) => `${name} is required.`,
  referenceIncomplete: (name: string, missing: string[]) => `${name} is missing the following properties: ${missing.join(', ')}`,
  unification: (member: string, values: (string | number)[]) =>
    `All values supplied for '${member}' must match. Review all references (including those higher up in the resource's data) ` +
    `and align the following conflicting values: ${values.map((value) => `'${value}'`).join(', ')}`,
  duplicate: (ordinal: number, itemTypePlural: string) =>
    `The ${withOrdinalSuffix(ordinal)} item of the ${itemTypePlural} has the same identifying values as another item earlier in the list.`,
}

export function withOrdinalSuffix(n: number): string {
  const lastTwo = n % 100
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}
