import Papa from 'papaparse'
import { shownNotes, type Batch, type RowOutcome } from './plan-types.ts'

export const RESULT_COLUMNS = [
  'Row',
  'Planned',
  'Result',
  'School ID',
  'School year',
  'Session name',
  'Session ID',
  'Message',
  'Correlation ID',
] as const

export function resultsCsv(batch: Batch, outcomes: ReadonlyMap<number, RowOutcome>): string {
  const records = batch.rows.map((row) => {
    const outcome = outcomes.get(row.n)
    return [
      row.n,
      row.action,
      outcome?.status ?? 'not done',
      row.key.schoolId,
      row.key.schoolYear,
      row.key.sessionName,
      outcome?.id ?? row.id ?? '',
      outcome?.message ?? [...row.problems, ...shownNotes(row)].join(' '),
      outcome?.correlationId ?? '',
    ]
  })
  return Papa.unparse([[...RESULT_COLUMNS], ...records], { newline: '\r\n', escapeFormulae: true }) + '\r\n'
}
