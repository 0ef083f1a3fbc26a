import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from './database.ts'
import { findDescriptorId } from './descriptors-repo.ts'

describe('findDescriptorId', () => {
  const db = openDatabase(':memory:')
  const insert = db.prepare(
    `INSERT INTO descriptors (descriptor_id, kind, namespace, code_value, short_description, id, last_modified_date, change_version)
     VALUES (?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00.0000000Z', 1)`,
  )
  insert.run(7, 'TermDescriptor', 'uri://ed-fi.org/TermDescriptor', 'Fall Semester', 'Fall Semester', 'a'.repeat(32))
  insert.run(8, 'GradingPeriodDescriptor', 'uri://ed-fi.org/GradingPeriodDescriptor', 'First Six Weeks', 'First Six Weeks', 'b'.repeat(32))
  insert.run(9, 'TermDescriptor', 'uri://example.org/Term#Descriptor', 'Odd', 'Odd', 'c'.repeat(32))
  afterAll(() => db.close())

  it.each<[string, Parameters<typeof findDescriptorId>[1], string, number | undefined]>([
    ['an exact URI', 'TermDescriptor', 'uri://ed-fi.org/TermDescriptor#Fall Semester', 7],
    ['namespace and code value in another case', 'TermDescriptor', 'URI://ED-FI.ORG/termdescriptor#fall SEMESTER', 7],
    ['a grading period descriptor', 'GradingPeriodDescriptor', 'uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks', 8],
    ['the right URI under the wrong kind', 'GradingPeriodDescriptor', 'uri://ed-fi.org/TermDescriptor#Fall Semester', undefined],
    ['an unknown code value', 'TermDescriptor', 'uri://ed-fi.org/TermDescriptor#Nope', undefined],
    ['a URI without "#"', 'TermDescriptor', 'Fall Semester', undefined],
    ['a code value with surrounding spaces', 'TermDescriptor', 'uri://ed-fi.org/TermDescriptor# Fall Semester', undefined],
    // The ODS resolver splits at the first '#', so a namespace containing '#' cannot be addressed.
    ['a namespace that itself holds "#"', 'TermDescriptor', 'uri://example.org/Term#Descriptor#Odd', undefined],
  ])('%s', (_name, kind, uri, expected) => {
    expect(findDescriptorId(db, kind, uri)).toBe(expected)
  })
})
