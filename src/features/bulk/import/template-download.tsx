import Papa from 'papaparse'
import { TEMPLATE_HEADERS } from './csv-mapping.ts'

const EXAMPLE = [
  '',
  '2026-2027 Winter Intersession',
  '255901001',
  '2027',
  'uri://ed-fi.org/TermDescriptor#MiniTerm',
  '2027-01-04',
  '2027-01-08',
  '5',
  '',
  '',
  '',
]

export function TemplateDownload() {
  const download = () => {
    const text = Papa.unparse([TEMPLATE_HEADERS, EXAMPLE], { newline: '\r\n' }) + '\r\n'
    const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = 'sessions-import-template.csv'
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  return (
    <div className="form-field">
      <button type="button" className="template-download" onClick={download}>
        Download the template (CSV)
      </button>
      <p className="form-hint">Lists of grading periods or academic weeks go in one cell, separated by “; ”.</p>
    </div>
  )
}
