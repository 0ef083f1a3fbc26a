import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { isAbortError } from '../../lib/api-client.ts'
import { lookupQueries } from '../../entities/lookups/lookup-queries.ts'
import type { CsvLookups } from './csv-format.ts'
import { ExportJob, type ExportOutcome, type ExportProgress } from './export-job.ts'
import { exportFileName, fileFormat, type ExportFormat } from './export-formats.ts'
import { createDownloadSink, pickFileSink, type ExportSink } from './export-sinks.ts'
import { PartitionFailure } from '../../entities/sessions/partition-runner.ts'
import type { ExportSource } from './read-export-page.ts'

export type Destination = 'file' | 'download'

export interface ExportChoices extends ExportSource {
  format: ExportFormat
  bom: boolean
  destination: Destination
}

export interface RunClock {
  startedAt: number
  rowsAtStart: number
}

export type ExportRunState =
  | { stage: 'setup' }
  /** updatedAt: when the progress last moved (read in the render, which may not call Date.now). */
  | { stage: 'running'; progress: ExportProgress | undefined; updatedAt: number; clock: RunClock; snapshot: boolean }
  | { stage: 'failed'; error: unknown; partition: number | undefined; progress: ExportProgress | undefined; snapshot: boolean }
  | { stage: 'cancelled' }
  | { stage: 'done'; outcome: ExportOutcome; snapshot: boolean }

export function useExportRun() {
  const queryClient = useQueryClient()
  const [state, setState] = useState<ExportRunState>({ stage: 'setup' })
  const job = useRef<ExportJob | undefined>(undefined)
  const objectUrl = useRef<string | undefined>(undefined)

  const forget = useCallback(() => {
    if (objectUrl.current) URL.revokeObjectURL(objectUrl.current)
    objectUrl.current = undefined
    job.current = undefined
  }, [])

  const drive = useCallback(async (current: ExportJob, snapshot: boolean) => {
    const progress = current.progress()
    const now = Date.now()
    setState({
      stage: 'running',
      progress: progress.expectedRows ? progress : undefined,
      updatedAt: now,
      clock: { startedAt: now, rowsAtStart: progress.rowsWritten },
      snapshot,
    })
    try {
      const outcome = await current.run()
      if (job.current !== current) return
      if (outcome.file.kind === 'download') objectUrl.current = outcome.file.url
      setState({ stage: 'done', outcome, snapshot })
    } catch (error) {
      if (job.current !== current) return
      if (current.signal.aborted || isAbortError(error)) return setState({ stage: 'cancelled' })
      const partition = error instanceof PartitionFailure ? error.partition : undefined
      setState({
        stage: 'failed',
        error: error instanceof PartitionFailure ? error.cause : error,
        partition,
        progress: current.progress(),
        snapshot,
      })
    }
  }, [])

  /** Call straight from the click: the save-file picker needs the user's gesture. */
  const start = useCallback(
    async (choices: ExportChoices) => {
      forget()
      const lookups: CsvLookups = { schoolName: () => undefined }
      const format = fileFormat({ format: choices.format, bom: choices.bom, lookups })
      const fileName = exportFileName(format.extension)
      let sink: ExportSink | undefined
      try {
        sink =
          choices.destination === 'file'
            ? await pickFileSink(fileName, format.mimeType, format.extension)
            : createDownloadSink(fileName, format.mimeType)
      } catch (error) {
        return setState({ stage: 'failed', error, partition: undefined, progress: undefined, snapshot: choices.snapshot })
      }
      if (!sink) return // the picker was closed: stay on the form
      const current = new ExportJob({
        filters: choices.filters,
        changeWindow: choices.changeWindow,
        snapshot: choices.snapshot,
        format,
        sink,
        onProgress: (progress) => {
          const updatedAt = Date.now()
          if (job.current === current) setState((s) => (s.stage === 'running' ? { ...s, progress, updatedAt } : s))
        },
      })
      job.current = current
      const now = Date.now()
      setState({
        stage: 'running',
        progress: undefined,
        updatedAt: now,
        clock: { startedAt: now, rowsAtStart: 0 },
        snapshot: choices.snapshot,
      })
      if (choices.format === 'csv') {
        try {
          const schools = await queryClient.ensureQueryData(lookupQueries.schools({ snapshot: choices.snapshot }))
          const names = new Map(schools.map((s) => [s.schoolId, s.nameOfInstitution]))
          lookups.schoolName = (id: number) => names.get(id)
        } catch {
          // Without names the School column stays empty; the School ID column still identifies it.
        }
      }
      if (job.current === current && !current.signal.aborted) await drive(current, choices.snapshot)
    },
    [drive, forget, queryClient],
  )

  const retry = useCallback(() => {
    const current = job.current
    if (current && state.stage === 'failed') void drive(current, state.snapshot)
    else setState({ stage: 'setup' })
  }, [drive, state])

  const cancel = useCallback(async () => {
    const current = job.current
    setState({ stage: 'cancelled' })
    await current?.cancel()
  }, [])

  const reset = useCallback(() => {
    forget()
    setState({ stage: 'setup' })
  }, [forget])

  useEffect(
    () => () => {
      void job.current?.cancel()
      if (objectUrl.current) URL.revokeObjectURL(objectUrl.current)
    },
    [],
  )

  return { state, start, retry, cancel, reset }
}
