// Ed-Fi code values (../shared/edfi/reference-data.json; Ed-Fi-Data-Standard Descriptors/*.xml),
// copied here so a clone runs without ../shared beside it.

export const TERM_CODES = [
  'Semester', 'Fall Semester', 'Spring Semester', 'Summer Semester', 'Quarter', 'First Quarter', 'Second Quarter',
  'Third Quarter', 'Fourth Quarter', 'Trimester', 'First Trimester', 'Second Trimester', 'Third Trimester', 'MiniTerm',
  'Year Round', 'Other',
] as const

export const GRADING_PERIOD_CODES = [
  'First Semester', 'Second Semester', 'Summer Semester', 'First Summer Session', 'Second Summer Session',
  'Third Summer Session', 'First Trimester', 'Second Trimester', 'Third Trimester', 'First Nine Weeks',
  'Second Nine Weeks', 'Third Nine Weeks', 'Fourth Nine Weeks', 'First Six Weeks', 'Second Six Weeks',
  'Third Six Weeks', 'Fourth Six Weeks', 'Fifth Six Weeks', 'Sixth Six Weeks', 'End of Year',
] as const
