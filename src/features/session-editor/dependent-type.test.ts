import { expect, it } from 'vitest'
import { dependentTypeOf } from './dependent-type.ts'

it('names the dependent record type of an Ed-Fi 409 in plain words', () => {
  expect(
    dependentTypeOf("The requested action cannot be performed because this item is referenced by an existing 'CourseOffering' item."),
  ).toBe('course offering')
  expect(dependentTypeOf("…referenced by an existing 'StudentSectionAssociation' item.")).toBe('student section association')
  expect(dependentTypeOf('Something else went wrong.')).toBeUndefined()
})
