import { sessionListSchema } from '../../entities/sessions/session-schema.ts'
import { csvHeader, csvRecords, type CsvLookups } from './csv-format.ts'

export type ExportFormat = 'csv' | 'jsonl'

export interface FormatOptions {
  format: ExportFormat
  bom: boolean
  lookups: CsvLookups
}

export interface FileFormat {
  mimeType: string
  extension: string
  header: string
  page: (items: readonly unknown[]) => string
}

export function fileFormat(options: FormatOptions): FileFormat {
  if (options.format === 'jsonl') {
    // JSON Lines: each body exactly as the API sent it (unknown members such as _ext included).
    return {
      mimeType: 'application/x-ndjson',
      extension: 'jsonl',
      header: '',
      page: (items) => items.map((item) => JSON.stringify(item) + '\n').join(''),
    }
  }
  return {
    mimeType: 'text/csv;charset=utf-8',
    extension: 'csv',
    header: csvHeader({ bom: options.bom }),
    page: (items) => {
      const parsed = sessionListSchema.safeParse(items)
      if (!parsed.success)
        throw new Error(`The API sent a session this export cannot read: ${parsed.error.issues[0]?.message ?? 'unexpected shape'}`)
      return csvRecords(parsed.data, options.lookups)
    },
  }
}

export function exportFileName(extension: string, now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `sessions-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`
}
