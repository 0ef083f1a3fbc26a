import { useNavigate } from '@tanstack/react-router'
import { useId, useState } from 'react'
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx'
import { ApiError } from '../../../lib/api-error.ts'
import { useSessionFormRules } from '../../../shared/connection/use-session-form-rules.ts'
import { saveBatch } from '../apply/batch-store.ts'
import { useConnectionKey } from '../use-connection-key.ts'
import { IMPORT_STEPS, planImport } from './plan-import.ts'
import { TemplateDownload } from './template-download.tsx'
import '../bulk.css'

type Stage =
  | { step: 'choose' }
  | { step: 'reading'; rows: number }
  | { step: 'matching' }
  | { step: 'failed'; message: string }
  | { step: 'api-failed'; error: ApiError }

export function ImportPage() {
  const connection = useConnectionKey()
  const navigate = useNavigate()
  const fileId = useId()
  const [stage, setStage] = useState<Stage>({ step: 'choose' })
  const { limits } = useSessionFormRules()

  const read = async (file: File) => {
    setStage({ step: 'reading', rows: 0 })
    try {
      const planned = await planImport(file, {
        limits,
        onProgress: (rows) => setStage({ step: 'reading', rows }),
        onStep: (step) => step === IMPORT_STEPS.parsed && setStage({ step: 'matching' }),
      })
      if (!planned.ok) return setStage({ step: 'failed', message: planned.message })
      const { rows } = planned
      const id = crypto.randomUUID()
      await saveBatch({
        id,
        kind: 'import',
        title: `Import ${file.name}`,
        connection,
        createdAt: new Date().toISOString(),
        state: 'planned',
        rows,
      })
      await navigate({ to: '/bulk/$batchId', params: { batchId: id } })
    } catch (cause) {
      if (cause instanceof ApiError) setStage({ step: 'api-failed', error: cause })
      else throw cause
    }
  }

  return (
    <section className="page bulk-page" aria-labelledby="import-heading">
      <title>Import sessions from a file · Ed-Fi Sessions Steward</title>
      <h1 id="import-heading">Import sessions from a file</h1>
      <p className="page-lead">
        A CSV file exported from this app, or made from the template. Each row is checked like the session form, then matched to an existing
        session by its ID or by school, school year and name. You see a dry run before anything is written.
      </p>
      <div className="bulk-form">
        <div className="form-field">
          <label htmlFor={fileId}>CSV file</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            disabled={stage.step === 'reading' || stage.step === 'matching'}
            onChange={(e) => e.target.files?.[0] && void read(e.target.files[0])}
          />
        </div>
        {stage.step === 'failed' && <p className="alert alert-error">{stage.message}</p>}
        {stage.step === 'api-failed' && <ApiErrorAlert error={stage.error} heading="Existing sessions could not be read" />}
        <TemplateDownload />
        <p role="status">
          {stage.step === 'reading' && `Reading the file… ${stage.rows.toLocaleString()} rows checked`}
          {stage.step === 'matching' && 'Matching the rows to existing sessions…'}
        </p>
      </div>
    </section>
  )
}
