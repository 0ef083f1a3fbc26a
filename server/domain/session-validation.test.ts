import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Problem } from './problem.ts'
import { withOrdinalSuffix } from './session-validation-messages.ts'
import { malformedJsonProblem, validateSessionBody, type DescriptorKind } from './session-validation.ts'
import { hasSharedContract, noteMissingSharedContract, readSharedContract } from '../testing/shared-contract.ts'

const dangerous =
  "SessionName contains a value that could be dangerous for downstream systems using this data. Try to avoid the use of special symbols like '<', '>' or '&' without surrounding spaces."
noteMissingSharedContract("the comparison with Ed-Fi's problem-details catalog")

// Descriptor rows as the seed holds them (../shared/edfi/reference-data.json); the stub matches
// case-insensitively, as server/db/descriptors-repo.ts does.
const known = new Set(
  [
    ...['Fall Semester', 'Spring Semester', 'Semester'].map((c) => `TermDescriptor|uri://ed-fi.org/TermDescriptor#${c}`),
    ...['First Six Weeks', 'Second Six Weeks', 'End of Year'].map(
      (c) => `GradingPeriodDescriptor|uri://ed-fi.org/GradingPeriodDescriptor#${c}`,
    ),
  ].map((key) => key.toLowerCase()),
)
const lookups = { descriptorExists: (kind: DescriptorKind, uri: string) => known.has(`${kind}|${uri}`.toLowerCase()) }

// reference-data.json grandBendSampleSession (compared with the shared file below when present).
const grandBend = {
  schoolReference: { schoolId: 255901001 },
  schoolYearTypeReference: { schoolYear: 2022 },
  sessionName: '2021-2022 Fall Semester',
  beginDate: '2021-08-23',
  endDate: '2021-12-17',
  termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
  totalInstructionalDays: 81,
}
const gp = (name: string, over: Record<string, unknown> = {}) => ({
  gradingPeriodReference: {
    gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks',
    gradingPeriodName: name,
    schoolId: 255901001,
    schoolYear: 2022,
    ...over,
  },
})
const week = (weekIdentifier: string, over: Record<string, unknown> = {}) => ({
  academicWeekReference: { schoolId: 255901001, weekIdentifier, ...over },
})
const full = { ...grandBend, gradingPeriods: [gp('GP 1'), gp('GP 2')], academicWeeks: [week('Week 1')] }

function errorsOf(body: unknown): Record<string, string[]> | undefined {
  const result = validateSessionBody(body, lookups)
  return result.ok ? undefined : (result.problem.body('c').validationErrors as Record<string, string[]>)
}
const without = (key: keyof typeof grandBend) => Object.fromEntries(Object.entries(grandBend).filter(([k]) => k !== key))

describe('validateSessionBody: valid bodies', () => {
  it('accepts the Grand Bend sample session and flattens it to a SessionInput', () => {
    expect(validateSessionBody(grandBend, lookups)).toEqual({
      ok: true,
      session: {
        schoolId: 255901001,
        schoolYear: 2022,
        sessionName: '2021-2022 Fall Semester',
        beginDate: '2021-08-23',
        endDate: '2021-12-17',
        termDescriptor: 'uri://ed-fi.org/TermDescriptor#Fall Semester',
        totalInstructionalDays: 81,
        gradingPeriods: [],
        academicWeeks: [],
      },
    })
  })

  it('flattens grading periods and academic weeks to their reference members', () => {
    const result = validateSessionBody(full, lookups)
    expect(result.ok && result.session.gradingPeriods).toEqual([
      {
        gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks',
        gradingPeriodName: 'GP 1',
        schoolId: 255901001,
        schoolYear: 2022,
      },
      {
        gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks',
        gradingPeriodName: 'GP 2',
        schoolId: 255901001,
        schoolYear: 2022,
      },
    ])
    expect(result.ok && result.session.academicWeeks).toEqual([{ schoolId: 255901001, weekIdentifier: 'Week 1' }])
  })

  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    [
      'ignores id, _etag, _lastModifiedDate, link and unknown members',
      { id: 'x', _etag: '5', _lastModifiedDate: 'x', schoolReference: { schoolId: 255901001, link: { rel: 'School' } }, extra: [1] },
      {},
    ],
    [
      'binds numeric strings to integers (Newtonsoft; Postman AcademicWeeks posts "45")',
      { totalInstructionalDays: ' 81 ', schoolReference: { schoolId: '255901001' } },
      {},
    ],
    ['binds numbers and booleans to strings (Newtonsoft ReadAsString)', { sessionName: 2022 }, { sessionName: '2022' }],
    [
      'matches member names ignoring case (the later spelling wins)',
      { sessionName: 'Lower', SESSIONNAME: 'Upper' },
      { sessionName: 'Upper' },
    ],
    ['reads null collections as empty', { gradingPeriods: null, academicWeeks: null }, {}],
    ['accepts 0 instructional days (minimum 0)', { totalInstructionalDays: 0 }, { totalInstructionalDays: 0 }],
    ['takes the date part of an ISO date-time', { beginDate: '2021-08-23T00:00:00Z' }, { beginDate: '2021-08-23' }],
    ['accepts 29 February of a leap year', { endDate: '2024-02-29' }, { endDate: '2024-02-29' }],
    ['reads month/day/year dates as .NET does', { beginDate: '8/23/2021' }, { beginDate: '2021-08-23' }],
    [
      'matches descriptors ignoring case',
      { termDescriptor: 'URI://ED-FI.ORG/TERMDESCRIPTOR#fall semester' },
      { termDescriptor: 'URI://ED-FI.ORG/TERMDESCRIPTOR#fall semester' },
    ],
    ['lets harmless "<" and "&" through', { sessionName: 'A < B & C <' }, { sessionName: 'A < B & C <' }],
  ])('%s', (_name, patch, expected) => {
    const result = validateSessionBody({ ...grandBend, ...patch }, lookups)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.session).toMatchObject(expected)
  })
})

describe('validateSessionBody: rules (exact validationErrors)', () => {
  const cases: [string, unknown, Record<string, string[]>][] = [
    [
      'an empty object',
      {},
      {
        '$.schoolReference': ['SchoolReference is required.'],
        '$.schoolYearTypeReference': ['SchoolYearTypeReference is required.'],
        '$.sessionName': ['SessionName is required.'],
        '$.beginDate': ['BeginDate is required.'],
        '$.endDate': ['EndDate is required.'],
        '$.termDescriptor': ['TermDescriptor is required.'],
        '$.totalInstructionalDays': ['TotalInstructionalDays is required.'],
      },
    ],
    ['sessionName ""', { ...grandBend, sessionName: '' }, { '$.sessionName': ['SessionName is required and should not be left empty.'] }],
    ['sessionName null', { ...grandBend, sessionName: null }, { '$.sessionName': ['SessionName is required.'] }],
    [
      'sessionName whitespace only',
      { ...grandBend, sessionName: '   ' },
      {
        '$.sessionName': [
          'SessionName is required and should not be left empty.',
          'SessionName cannot contain leading or trailing spaces.',
        ],
      },
    ],
    [
      'sessionName too long',
      { ...grandBend, sessionName: 'x'.repeat(61) },
      { '$.sessionName': ['SessionName must be at most 60 characters in length.'] },
    ],
    [
      'sessionName leading space',
      { ...grandBend, sessionName: ' Fall' },
      { '$.sessionName': ['SessionName cannot contain leading or trailing spaces.'] },
    ],
    [
      'sessionName trailing no-break space',
      { ...grandBend, sessionName: 'Fall\u00a0' },
      { '$.sessionName': ['SessionName cannot contain leading or trailing spaces.'] },
    ],
    ['sessionName with a tag', { ...grandBend, sessionName: 'Fall <script>' }, { '$.sessionName': [dangerous] }],
    ['sessionName with "&#"', { ...grandBend, sessionName: 'Fall &#60;' }, { '$.sessionName': [dangerous] }],
    ['sessionName with "</"', { ...grandBend, sessionName: 'a</b' }, { '$.sessionName': [dangerous] }],
    ['termDescriptor missing', without('termDescriptor'), { '$.termDescriptor': ['TermDescriptor is required.'] }],
    [
      'termDescriptor ""',
      { ...grandBend, termDescriptor: '' },
      { '$.termDescriptor': ['TermDescriptor is required and should not be left empty.'] },
    ],
    [
      'termDescriptor without "#"',
      { ...grandBend, termDescriptor: 'Fall Semester' },
      {
        '$.termDescriptor': [
          "TermDescriptor value 'Fall Semester' is not a valid value for use as a descriptor (a '#' is expected to delineate the namespace and code value portions).",
        ],
      },
    ],
    [
      'termDescriptor unknown',
      { ...grandBend, termDescriptor: 'uri://ed-fi.org/TermDescriptor#Nope' },
      {
        '$.termDescriptor': ["TermDescriptor value 'uri://ed-fi.org/TermDescriptor#Nope' does not exist."],
      },
    ],
    [
      'termDescriptor of another kind',
      { ...grandBend, termDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#End of Year' },
      {
        '$.termDescriptor': ["TermDescriptor value 'uri://ed-fi.org/GradingPeriodDescriptor#End of Year' does not exist."],
      },
    ],
    [
      'termDescriptor too long',
      { ...grandBend, termDescriptor: `a#${'x'.repeat(305)}` },
      {
        '$.termDescriptor': [
          'TermDescriptor must be at most 306 characters in length.',
          `TermDescriptor value 'a#${'x'.repeat(305)}' does not exist.`,
        ],
      },
    ],
    ['beginDate missing', without('beginDate'), { '$.beginDate': ['BeginDate is required.'] }],
    ['beginDate is the .NET default date', { ...grandBend, beginDate: '0001-01-01' }, { '$.beginDate': ['BeginDate is required.'] }],
    [
      'dates of 1/1/0001 (Postman AcademicWeeks "Invalid BeginDate & EndDate")',
      { ...grandBend, beginDate: '1/1/0001', endDate: '1/1/0001' },
      {
        '$.beginDate': ['BeginDate is required.'],
        '$.endDate': ['EndDate is required.'],
      },
    ],
    [
      'totalInstructionalDays missing',
      without('totalInstructionalDays'),
      { '$.totalInstructionalDays': ['TotalInstructionalDays is required.'] },
    ],
    [
      'totalInstructionalDays negative',
      { ...grandBend, totalInstructionalDays: -1 },
      { '$.totalInstructionalDays': ['TotalInstructionalDays must be greater than or equal to 0.'] },
    ],
    ['schoolReference null', { ...grandBend, schoolReference: null }, { '$.schoolReference': ['SchoolReference is required.'] }],
    [
      'schoolReference empty',
      { ...grandBend, schoolReference: {} },
      { '$.schoolReference': ['SchoolReference is missing the following properties: SchoolId'] },
    ],
    [
      'schoolReference.schoolId 0 (the C# default)',
      { ...grandBend, schoolReference: { schoolId: 0 } },
      { '$.schoolReference': ['SchoolReference is missing the following properties: SchoolId'] },
    ],
    [
      'schoolYearTypeReference empty',
      { ...grandBend, schoolYearTypeReference: {} },
      {
        '$.schoolYearTypeReference': ['SchoolYearTypeReference is missing the following properties: SchoolYear'],
      },
    ],
    [
      'a grading period item without its reference',
      { ...grandBend, gradingPeriods: [{}] },
      {
        '$.gradingPeriods[0].gradingPeriodReference': ['GradingPeriodReference is required.'],
      },
    ],
    [
      'a partial grading period reference',
      { ...grandBend, gradingPeriods: [{ gradingPeriodReference: { gradingPeriodName: 'GP 1' } }] },
      {
        '$.gradingPeriods[0].gradingPeriodReference': [
          'GradingPeriodReference is missing the following properties: GradingPeriodDescriptor, SchoolId, SchoolYear',
        ],
      },
    ],
    [
      'a partial academic week reference',
      { ...grandBend, academicWeeks: [{ academicWeekReference: { weekIdentifier: 'Week 1' } }] },
      {
        '$.academicWeeks[0].academicWeekReference': ['AcademicWeekReference is missing the following properties: SchoolId'],
      },
    ],
    [
      'gradingPeriodDescriptor unknown',
      { ...grandBend, gradingPeriods: [gp('GP 1', { gradingPeriodDescriptor: 'uri://ed-fi.org/GradingPeriodDescriptor#Nope' })] },
      {
        '$.gradingPeriods[0].gradingPeriodReference.gradingPeriodDescriptor': [
          "GradingPeriodDescriptor value 'uri://ed-fi.org/GradingPeriodDescriptor#Nope' does not exist.",
        ],
      },
    ],
    [
      'gradingPeriodDescriptor without "#"',
      { ...grandBend, gradingPeriods: [gp('GP 1', { gradingPeriodDescriptor: 'First' })] },
      {
        '$.gradingPeriods[0].gradingPeriodReference.gradingPeriodDescriptor': [
          "GradingPeriodDescriptor value 'First' is not a valid value for use as a descriptor (a '#' is expected to delineate the namespace and code value portions).",
        ],
      },
    ],
    [
      'gradingPeriodName too long and padded',
      { ...grandBend, gradingPeriods: [gp(` ${'x'.repeat(60)}`)] },
      {
        '$.gradingPeriods[0].gradingPeriodReference.gradingPeriodName': [
          'GradingPeriodName must be at most 60 characters in length.',
          'GradingPeriodName cannot contain leading or trailing spaces.',
        ],
      },
    ],
    [
      'weekIdentifier too short',
      { ...grandBend, academicWeeks: [week('Wk1')] },
      {
        '$.academicWeeks[0].academicWeekReference.weekIdentifier': ['WeekIdentifier must be between 5 and 80 characters in length.'],
      },
    ],
    [
      'weekIdentifier with a trailing space',
      { ...grandBend, academicWeeks: [week('Week 1 ')] },
      {
        '$.academicWeeks[0].academicWeekReference.weekIdentifier': ['WeekIdentifier cannot contain leading or trailing spaces.'],
      },
    ],
    [
      "a grading period of another school (catalog's key-unification entry)",
      { ...grandBend, gradingPeriods: [gp('GP 1', { schoolId: 255901044 })] },
      {
        '$.gradingPeriods[0].gradingPeriodReference.schoolId': [
          "All values supplied for 'schoolId' must match. Review all references (including those higher up in the resource's data) and align the following conflicting values: '255901001', '255901044'",
        ],
      },
    ],
    [
      'a grading period of another school year',
      { ...grandBend, gradingPeriods: [gp('GP 1'), gp('GP 2', { schoolYear: 2023 })] },
      {
        '$.gradingPeriods[1].gradingPeriodReference.schoolYear': [
          "All values supplied for 'schoolYear' must match. Review all references (including those higher up in the resource's data) and align the following conflicting values: '2022', '2023'",
        ],
      },
    ],
    [
      'an academic week of another school',
      { ...grandBend, academicWeeks: [week('Week 1', { schoolId: 255901107 })] },
      {
        '$.academicWeeks[0].academicWeekReference.schoolId': [
          "All values supplied for 'schoolId' must match. Review all references (including those higher up in the resource's data) and align the following conflicting values: '255901001', '255901107'",
        ],
      },
    ],
    [
      'duplicate grading periods (case-insensitive)',
      {
        ...grandBend,
        gradingPeriods: [
          gp('GP 1'),
          gp('GP 2'),
          gp('gp 1', { gradingPeriodDescriptor: 'URI://ed-fi.org/GradingPeriodDescriptor#first six weeks' }),
        ],
      },
      {
        '$.gradingPeriods': [
          'The 3rd item of the SessionGradingPeriods has the same identifying values as another item earlier in the list.',
        ],
      },
    ],
    [
      'duplicate academic weeks',
      { ...grandBend, academicWeeks: [week('Week 1'), week('WEEK 1')] },
      {
        '$.academicWeeks': [
          'The 2nd item of the SessionAcademicWeeks has the same identifying values as another item earlier in the list.',
        ],
      },
    ],
    [
      'several failures at once',
      {
        ...grandBend,
        sessionName: '',
        termDescriptor: 'uri://ed-fi.org/TermDescriptor#Nope',
        totalInstructionalDays: undefined,
        schoolReference: undefined,
      },
      {
        '$.schoolReference': ['SchoolReference is required.'],
        '$.sessionName': ['SessionName is required and should not be left empty.'],
        '$.termDescriptor': ["TermDescriptor value 'uri://ed-fi.org/TermDescriptor#Nope' does not exist."],
        '$.totalInstructionalDays': ['TotalInstructionalDays is required.'],
      },
    ],
  ]

  it.each(cases)('%s', (_name, body, expected) => {
    expect(errorsOf(body)).toEqual(expected)
  })
})

describe('validateSessionBody: JSON types (Newtonsoft wording, answered alone)', () => {
  const cases: [string, unknown, Record<string, string[]>][] = [
    ['a null body', null, { $: ['A non-empty request body is required.'] }],
    [
      'an array body',
      [],
      {
        $: [
          `Cannot deserialize the current JSON array (e.g. [1,2,3]) into type 'Session' because the type requires a JSON object (e.g. {"name":"value"}) to deserialize correctly. Path ''.`,
        ],
      },
    ],
    ['a string body', 'x', { $: [`Error converting value "x" to type 'Session'. Path ''.`] }],
    [
      'a non-numeric string for an integer (other rules not run)',
      { totalInstructionalDays: 'abc' },
      {
        '$.totalInstructionalDays': ["Could not convert string to integer: abc. Path 'totalInstructionalDays'."],
      },
    ],
    [
      'a fraction for an integer',
      { ...grandBend, totalInstructionalDays: 1.5 },
      { '$.totalInstructionalDays': ["Input string '1.5' is not a valid integer. Path 'totalInstructionalDays'."] },
    ],
    [
      'an Int32 overflow',
      { ...grandBend, totalInstructionalDays: 3000000000 },
      {
        '$.totalInstructionalDays': ["JSON integer 3000000000 is too large or small for an Int32. Path 'totalInstructionalDays'."],
      },
    ],
    [
      'a boolean for an integer',
      { ...grandBend, totalInstructionalDays: true },
      {
        '$.totalInstructionalDays': ["Unexpected character encountered while parsing value: t. Path 'totalInstructionalDays'."],
      },
    ],
    [
      'null for a non-nullable integer',
      { ...grandBend, totalInstructionalDays: null },
      {
        '$.totalInstructionalDays': ["Error converting value {null} to type 'System.Int32'. Path 'totalInstructionalDays'."],
      },
    ],
    [
      'an object for a string',
      { ...grandBend, sessionName: {} },
      { '$.sessionName': ["Unexpected character encountered while parsing value: {. Path 'sessionName'."] },
    ],
    ['an empty date (Postman AcademicWeeks)', { ...grandBend, beginDate: '' }, { '$.beginDate': ['The supplied value is invalid.'] }],
    ['an impossible date', { ...grandBend, endDate: '2021-02-30' }, { '$.endDate': ['The supplied value is invalid.'] }],
    ['29 February of a common year', { ...grandBend, endDate: '2023-02-29' }, { '$.endDate': ['The supplied value is invalid.'] }],
    [
      'a date-time with an impossible hour',
      { ...grandBend, beginDate: '2021-08-23T24:00:00' },
      { '$.beginDate': ['The supplied value is invalid.'] },
    ],
    [
      'a US-style date that does not exist',
      { ...grandBend, beginDate: '02/30/2021' },
      { '$.beginDate': ['The supplied value is invalid.'] },
    ],
    ['a number for a date', { ...grandBend, beginDate: 20210823 }, { '$.beginDate': ['The supplied value is invalid.'] }],
    [
      'a string for a reference',
      { ...grandBend, schoolReference: '255901001' },
      {
        '$.schoolReference': [`Error converting value "255901001" to type 'SchoolReference'. Path 'schoolReference'.`],
      },
    ],
    [
      'an array for a reference',
      { ...grandBend, schoolYearTypeReference: [2022] },
      {
        '$.schoolYearTypeReference': [
          `Cannot deserialize the current JSON array (e.g. [1,2,3]) into type 'SchoolYearTypeReference' because the type requires a JSON object (e.g. {"name":"value"}) to deserialize correctly. Path 'schoolYearTypeReference'.`,
        ],
      },
    ],
    [
      'a non-numeric string for an Int64',
      { ...grandBend, schoolReference: { schoolId: 'abc' } },
      {
        '$.schoolReference.schoolId': [`Error converting value "abc" to type 'System.Int64'. Path 'schoolReference.schoolId'.`],
      },
    ],
    [
      'an integer beyond 2^53 for an Int64',
      { ...grandBend, schoolReference: { schoolId: 2 ** 60 } },
      {
        '$.schoolReference.schoolId': [`Error converting value ${2 ** 60} to type 'System.Int64'. Path 'schoolReference.schoolId'.`],
      },
    ],
    [
      'a fraction for an Int64 (Postman "Creating School With an Invalid SchoolId Fails")',
      { ...grandBend, schoolReference: { schoolId: 255901.5 } },
      {
        '$.schoolReference.schoolId': ["Input string '255901.5' is not a valid integer. Path 'schoolReference.schoolId'."],
      },
    ],
    [
      'an object for an Int64',
      { ...grandBend, schoolReference: { schoolId: {} } },
      {
        '$.schoolReference.schoolId': [
          `Cannot deserialize the current JSON object (e.g. {"name":"value"}) into type 'System.Int64' because the type requires a JSON primitive value (e.g. string, number, boolean, null) to deserialize correctly. Path 'schoolReference.schoolId'.`,
        ],
      },
    ],
    [
      'an object for a collection',
      { ...grandBend, gradingPeriods: {} },
      {
        '$.gradingPeriods': [
          `Cannot deserialize the current JSON object (e.g. {"name":"value"}) into type 'ICollection<SessionGradingPeriod>' because the type requires a JSON array (e.g. [1,2,3]) to deserialize correctly. Path 'gradingPeriods'.`,
        ],
      },
    ],
    [
      'a string for a collection',
      { ...grandBend, academicWeeks: 'Week 1' },
      {
        '$.academicWeeks': [`Error converting value "Week 1" to type 'ICollection<SessionAcademicWeek>'. Path 'academicWeeks'.`],
      },
    ],
    [
      'null and non-object collection items',
      { ...grandBend, gradingPeriods: [null, 5, gp('GP 1')] },
      {
        '$.gradingPeriods[0]': ['The supplied value is invalid.'],
        '$.gradingPeriods[1]': ["Error converting value 5 to type 'SessionGradingPeriod'. Path 'gradingPeriods[1]'."],
      },
    ],
    [
      'a type error deep in an item',
      { ...grandBend, gradingPeriods: [gp('GP 1', { schoolYear: 'next' })] },
      {
        '$.gradingPeriods[0].gradingPeriodReference.schoolYear': [
          "Could not convert string to integer: next. Path 'gradingPeriods[0].gradingPeriodReference.schoolYear'.",
        ],
      },
    ],
  ]

  it.each(cases)('%s', (_name, body, expected) => {
    expect(errorsOf(body)).toEqual(expected)
  })
})

describe('problem details', () => {
  it('answers with the catalog 400 "Data Validation Failed" body', () => {
    const result = validateSessionBody({}, lookups)
    expect(result.ok).toBe(false)
    const problem = (result as { problem: Problem }).problem
    expect(problem.init.status).toBe(400)
    expect(problem.body('corr-1')).toMatchObject({
      detail: "Data validation failed. See 'validationErrors' for details.",
      type: 'urn:ed-fi:api:bad-request:data-validation-failed',
      title: 'Data Validation Failed',
      status: 400,
      correlationId: 'corr-1',
    })
  })

  it('keys a JSON parse failure at "$" with the parser message', () => {
    expect(malformedJsonProblem('Unexpected token } in JSON at position 9').body('c')).toMatchObject({
      type: 'urn:ed-fi:api:bad-request:data-validation-failed',
      validationErrors: { $: ['Unexpected token } in JSON at position 9'] },
    })
  })

  it('writes ordinals as the ODS Inflector does', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(withOrdinalSuffix)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ])
  })

  it.skipIf(!hasSharedContract)("reproduces the shared catalog's 400 messages and sample session (needs ../shared)", () => {
    const catalog = JSON.parse(readSharedContract('problem-details-catalog.json')) as {
      entries: { status: number; body: { validationErrors?: Record<string, string[]> } }[]
    }
    const reference = JSON.parse(readSharedContract('reference-data.json')) as { grandBendSampleSession: Record<string, unknown> }
    const sample = reference.grandBendSampleSession
    expect({
      ...grandBend,
      schoolReference: grandBend.schoolReference.schoolId,
      schoolYearTypeReference: grandBend.schoolYearTypeReference.schoolYear,
    }).toEqual({
      schoolReference: sample.schoolId,
      schoolYearTypeReference: sample.schoolYear,
      sessionName: sample.sessionName,
      beginDate: sample.beginDate,
      endDate: sample.endDate,
      termDescriptor: sample.termDescriptor,
      totalInstructionalDays: sample.totalInstructionalDays,
    })
    const expected = catalog.entries.find((entry) => entry.body.validationErrors)!.body.validationErrors!
    const ours = {
      ...errorsOf({
        ...grandBend,
        sessionName: '',
        termDescriptor: 'uri://ed-fi.org/TermDescriptor#Nope',
        totalInstructionalDays: undefined,
        schoolReference: undefined,
      }),
      ...errorsOf({ ...grandBend, gradingPeriods: [gp('GP 1', { schoolId: 255901044 })] }),
    }
    expect(ours).toEqual(expected)
  })
})

describe('validateSessionBody: properties', () => {
  const isDataValidation400 = (result: ReturnType<typeof validateSessionBody>) => {
    if (result.ok) return true
    const body = result.problem.body('c')
    const errors = body.validationErrors as Record<string, unknown>
    return (
      body.status === 400 &&
      body.type === 'urn:ed-fi:api:bad-request:data-validation-failed' &&
      Object.keys(errors).length > 0 &&
      Object.entries(errors).every(
        ([key, list]) =>
          key.startsWith('$') && Array.isArray(list) && list.length > 0 && list.every((m) => typeof m === 'string' && m.length > 0),
      )
    )
  }

  it('never throws on arbitrary values, and answers ok or a 400 keyed by JSON path', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (body) =>
        isDataValidation400(validateSessionBody(body, lookups)),
      ),
      { numRuns: 2000 },
    )
    fc.assert(
      fc.property(fc.jsonValue(), (body) => isDataValidation400(validateSessionBody(body, lookups))),
      { numRuns: 2000 },
    )
  })

  it('never throws when any member of a valid body is replaced by an arbitrary value', () => {
    const paths = [
      ['schoolReference'],
      ['schoolReference', 'schoolId'],
      ['schoolYearTypeReference', 'schoolYear'],
      ['sessionName'],
      ['beginDate'],
      ['endDate'],
      ['termDescriptor'],
      ['totalInstructionalDays'],
      ['gradingPeriods'],
      ['gradingPeriods', 1],
      ['gradingPeriods', 0, 'gradingPeriodReference'],
      ['gradingPeriods', 0, 'gradingPeriodReference', 'gradingPeriodName'],
      ['gradingPeriods', 1, 'gradingPeriodReference', 'schoolYear'],
      ['academicWeeks', 0, 'academicWeekReference', 'weekIdentifier'],
      ['academicWeeks', 0, 'academicWeekReference', 'schoolId'],
    ] as const
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const body = structuredClone(full) as Record<string | number, unknown>
        let target = body
        for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>
        target[path[path.length - 1]!] = value
        return isDataValidation400(validateSessionBody(body, lookups))
      }),
      { numRuns: 3000 },
    )
  })

  it('accepts every well-formed session and returns its values unchanged', () => {
    const name = (max: number) =>
      fc
        .string({ minLength: 1, maxLength: max })
        .filter((s) => s.trim() === s && s.trim() !== '' && !/<[A-Za-z!/?]|&#/.test(s) && !/^[\s\x85]|[\s\x85]$/.test(s))
    const date = fc
      .date({ min: new Date('1991-01-01'), max: new Date('2050-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    const session = fc.record({
      schoolId: fc.integer({ min: 1, max: 2 ** 40 }),
      schoolYear: fc.integer({ min: 1991, max: 2050 }),
      sessionName: name(60),
      beginDate: date,
      endDate: date,
      totalInstructionalDays: fc.integer({ min: 0, max: 366 }),
      gradingPeriodNames: fc.uniqueArray(name(60), { maxLength: 4, selector: (s) => s.toLowerCase() }),
    })
    fc.assert(
      fc.property(session, (s) => {
        const body = {
          schoolReference: { schoolId: s.schoolId },
          schoolYearTypeReference: { schoolYear: s.schoolYear },
          sessionName: s.sessionName,
          beginDate: s.beginDate,
          endDate: s.endDate,
          termDescriptor: 'uri://ed-fi.org/TermDescriptor#Semester',
          totalInstructionalDays: s.totalInstructionalDays,
          gradingPeriods: s.gradingPeriodNames.map((n) => gp(n, { schoolId: s.schoolId, schoolYear: s.schoolYear })),
        }
        const result = validateSessionBody(body, lookups)
        expect(result.ok).toBe(true)
        if (result.ok) {
          expect(result.session).toMatchObject({
            schoolId: s.schoolId,
            sessionName: s.sessionName,
            beginDate: s.beginDate,
            totalInstructionalDays: s.totalInstructionalDays,
          })
          expect(result.session.gradingPeriods.map((g) => g.gradingPeriodName)).toEqual(s.gradingPeriodNames)
        }
      }),
      { numRuns: 500 },
    )
  })
})
