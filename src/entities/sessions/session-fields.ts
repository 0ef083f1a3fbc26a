export const SESSION_FIELDS = [
  'schoolId',
  'schoolYear',
  'sessionName',
  'termDescriptor',
  'beginDate',
  'endDate',
  'totalInstructionalDays',
] as const
