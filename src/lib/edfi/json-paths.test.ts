import { describe, expect, it } from 'vitest'
import { jsonPathToFieldName, modelStateKeyToJsonPath } from './json-paths.ts'

describe('RESTError modelState keys (ODS/API 6.2, 7.1)', () => {
  it('turns bound C# property names into the JSON path of the member', () => {
    expect(modelStateKeyToJsonPath('request.SessionName')).toBe('$.sessionName')
    expect(modelStateKeyToJsonPath('request.GradingPeriods[1].GradingPeriodReference.GradingPeriodName')).toBe(
      '$.gradingPeriods[1].gradingPeriodReference.gradingPeriodName',
    )
    expect(jsonPathToFieldName(modelStateKeyToJsonPath('request.SchoolReference.SchoolId'))).toBe('schoolReference.schoolId')
  })

  it('keeps JSON paths, and names the whole body for the bare parameter', () => {
    expect(modelStateKeyToJsonPath('$.beginDate')).toBe('$.beginDate')
    expect(modelStateKeyToJsonPath('request')).toBe('$')
    expect(jsonPathToFieldName(modelStateKeyToJsonPath('request'))).toBe('root')
  })
})
