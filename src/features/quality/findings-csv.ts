import Papa from 'papaparse'
import { schoolYearLabel } from '../../lib/date-only.ts'
import { RULE_TITLES, type Finding } from './rules/index.ts'

// Cells a spreadsheet would run as a formula get an apostrophe in front.

const SAFE = /^[=+\-@\t\r]/

const cell = (value: string) => (SAFE.test(value) ? `'${value}` : value)

export function findingsCsv(findings: readonly Finding[], schoolName: (id: number) => string): string {
  const rows = findings.map((f) => [
    f.severity,
    RULE_TITLES[f.rule],
    schoolName(f.schoolId),
    String(f.schoolId),
    schoolYearLabel(f.schoolYear),
    f.sessions.map((s) => s.name).join('; '),
    f.sessions.map((s) => s.id).join('; '),
    f.explanation,
    f.suggestedFix,
  ])
  const header = ['Severity', 'Check', 'School', 'School id', 'School year', 'Sessions', 'Session ids', 'What is wrong', 'What to do']
  return Papa.unparse([header, ...rows.map((r) => r.map(cell))], { newline: '\r\n' })
}

export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
