/** A session's own values in Ed-Fi's member order: the order of the editor's fields and of the list's filters. */
export const SESSION_MEMBER_ORDER = [
  'schoolId',
  'schoolYear',
  'sessionName',
  'termDescriptor',
  'beginDate',
  'endDate',
  'totalInstructionalDays',
] as const
