export const SESSION_CSV_COLUMNS = [
  'Session ID',
  'Session name',
  'School ID',
  'School',
  'School year',
  'Term',
  'Term descriptor',
  'Begin date',
  'End date',
  'Instructional days',
  'Grading periods',
  'Grading period descriptors',
  'Academic weeks',
  'Last modified (UTC)',
] as const

type SessionCsvColumn = (typeof SESSION_CSV_COLUMNS)[number]

const READ_ONLY_COLUMNS: readonly SessionCsvColumn[] = ['School', 'Term', 'Last modified (UTC)']

export const EDITABLE_CSV_COLUMNS = SESSION_CSV_COLUMNS.filter((column) => !READ_ONLY_COLUMNS.includes(column))
