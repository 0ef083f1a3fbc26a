// Every validation message text the Session body validator can produce, with where its wording
// comes from. Ed-Fi ODS/API v7.3 builds these in C# attributes (EdFi.Ods.Common/Attributes/*.cs,
// Validation/ValidationHelpers.cs) and in Newtonsoft.Json while deserializing; the texts below copy
// them, checked against the v7.3 Postman suites in ../shared/edfi/postman where those assert them.

/** `Path 'x'.` suffix Newtonsoft appends (JsonPosition.FormatMessage); our parsed body has no line info. */
function atPath(message: string, newtonsoftPath: string): string {
  return `${message} Path '${newtonsoftPath}'.`
}

/** How Newtonsoft prints a value inside "Error converting value ..." (FormatValueForPrint). */
function printValue(value: unknown): string {
  if (value === null || value === undefined) return '{null}'
  if (typeof value === 'string') return `"${value}"`
  if (typeof value === 'boolean') return value ? 'True' : 'False'
  return String(value)
}

export const typeMessages = {
  // Newtonsoft JsonReader.ReadInt32String: a string that int.TryParse rejects.
  stringNotInteger: (text: string, path: string) => atPath(`Could not convert string to integer: ${text}.`, path),
  // Newtonsoft ParseReadNumber on a number with a fraction; Postman v7.3 asserts the prefix "Input string '<v>' is not"
  // for an Int64 (School.schoolId), the rest is Newtonsoft's Int32 wording.
  notAnInteger: (value: number, path: string) => atPath(`Input string '${String(value)}' is not a valid integer.`, path),
  // Newtonsoft JsonTextReader.ParseReadNumber(ReadAsInt32) on overflow.
  int32Overflow: (value: number, path: string) => atPath(`JSON integer ${String(value)} is too large or small for an Int32.`, path),
  // Newtonsoft JsonTextReader.ReadNumberValue/ReadStringValue: CreateUnexpectedCharacterException.
  unexpectedCharacter: (value: unknown, path: string) =>
    atPath(`Unexpected character encountered while parsing value: ${firstCharacterOf(value)}.`, path),
  // Newtonsoft JsonSerializer.EnsureType; wording confirmed for Int64 by the v7.3 error-response
  // knowledge base ("Error converting value 2559...2 to type 'System.Int64'").
  conversion: (value: unknown, typeName: string, path: string) =>
    atPath(`Error converting value ${printValue(value)} to type '${typeName}'.`, path),
  // Newtonsoft JsonSerializerInternalReader.CreateObject: JSON array where an object is expected.
  arrayForObject: (typeName: string, path: string) =>
    atPath(
      `Cannot deserialize the current JSON array (e.g. [1,2,3]) into type '${typeName}' because the type requires a JSON object (e.g. {"name":"value"}) to deserialize correctly.`,
      path,
    ),
  // Newtonsoft JsonSerializerInternalReader.CreateObject: JSON object where an array is expected.
  objectForArray: (typeName: string, path: string) =>
    atPath(
      `Cannot deserialize the current JSON object (e.g. {"name":"value"}) into type '${typeName}' because the type requires a JSON array (e.g. [1,2,3]) to deserialize correctly.`,
      path,
    ),
  // Newtonsoft CreateObject for a primitive contract given an object or array.
  structureForPrimitive: (value: object, typeName: string, path: string) =>
    atPath(
      `Cannot deserialize the current JSON ${Array.isArray(value) ? 'array (e.g. [1,2,3])' : 'object (e.g. {"name":"value"})'} into type '${typeName}' because the type requires a JSON primitive value (e.g. string, number, boolean, null) to deserialize correctly.`,
      path,
    ),
  // ASP.NET Core model state message for a non-JSON formatter exception (the date converter);
  // Postman v7.3 "AcademicWeeks/BeginDate is required validation": beginDate "" -> this text.
  invalidValue: () => 'The supplied value is invalid.',
  // Postman v7.3 ResponseTests "Put Request without request body": validationErrors["$"].
  emptyBody: () => 'A non-empty request body is required.',
}

function firstCharacterOf(value: unknown): string {
  if (Array.isArray(value)) return '['
  if (typeof value === 'object' && value !== null) return '{'
  return typeof value === 'boolean' ? (value ? 't' : 'f') : String(value).charAt(0)
}

export const ruleMessages = {
  // RequiredWithNonDefaultAttribute (v7.3): null -> "is required."; catalog "TotalInstructionalDays is
  // required."; knowledge base "CodeValue is required."; a default DateTime (0001-01-01) -> "is required."
  // (Postman "AcademicWeeks/Invalid BeginDate & EndDate Validation").
  required: (name: string) => `${name} is required.`,
  // RequiredWithNonDefaultAttribute (v7.3): "" or whitespace-only (Behaviors.AllowWhitespaceOnlyValues
  // is off by default from v7.3); catalog "SessionName is required and should not be left empty.".
  requiredNotEmpty: (name: string) => `${name} is required and should not be left empty.`,
  // ValidationHelpers.StringLengthMessageFormat; Postman "ClassPeriodName must be at most 60 ...".
  maxLength: (name: string, max: number) => `${name} must be at most ${max} characters in length.`,
  // ValidationHelpers.StringLengthWithMinimumMessageFormat; Postman "City must be between 2 and 30 ...".
  lengthBetween: (name: string, min: number, max: number) => `${name} must be between ${min} and ${max} characters in length.`,
  // ValidationHelpers.RangeMinOnlyMessageFormat ("{0} must be greater than or equal to {1}.").
  minimum: (name: string, min: number) => `${name} must be greater than or equal to ${min}.`,
  // NoWhitespaceAttribute; Postman "City cannot contain leading or trailing spaces.".
  whitespace: (name: string) => `${name} cannot contain leading or trailing spaces.`,
  // NoDangerousTextAttribute (EdFi.Ods.Api/Validation).
  dangerous: (name: string) =>
    `${name} contains a value that could be dangerous for downstream systems using this data. Try to avoid the use of special symbols like '<', '>' or '&' without surrounding spaces.`,
  // DescriptorResolver (no '#'); Postman "CountryDescriptor value '00' is not a valid value ...".
  descriptorFormat: (kind: string, uri: string) =>
    `${kind} value '${uri}' is not a valid value for use as a descriptor (a '#' is expected to delineate the namespace and code value portions).`,
  // DescriptorExistsAttribute; catalog "TermDescriptor value 'uri://ed-fi.org/TermDescriptor#Nope' does not exist.".
  descriptorMissing: (kind: string, uri: string) => `${kind} value '${uri}' does not exist.`,
  // RequiredReferenceAttribute (ValidationHelpers.RequiredObjectMessageFormat); catalog "SchoolReference is required.".
  referenceRequired: (name: string) => `${name} is required.`,
  // FullyDefinedReferenceAttribute; Postman "ClassPeriodReference is missing the following properties: SchoolId".
  referenceIncomplete: (name: string, missing: string[]) => `${name} is missing the following properties: ${missing.join(', ')}`,
  // Key unification of a child reference with the parent's value; catalog gradingPeriods example
  // (parent value first, then the conflicting child value).
  unification: (member: string, values: (string | number)[]) =>
    `All values supplied for '${member}' must match. Review all references (including those higher up in the resource's data) and align the following conflicting values: ${values.map((value) => `'${value}'`).join(', ')}`,
  // NoDuplicateMembersAttribute (v7.3 wording per Postman "Duplicate collection items":
  // "The 2nd item of the AssessmentScores has the same identifying values as another item earlier in the list.").
  duplicate: (ordinal: number, itemTypePlural: string) =>
    `The ${withOrdinalSuffix(ordinal)} item of the ${itemTypePlural} has the same identifying values as another item earlier in the list.`,
}

/** Inflector.AddOrdinalSuffix: 1st, 2nd, 3rd, 4th, 11th-13th, 21st ... */
export function withOrdinalSuffix(n: number): string {
  const lastTwo = n % 100
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th'
  return `${n}${suffix}`
}
