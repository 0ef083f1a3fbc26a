import { activeCapabilities } from '../../lib/api-client.ts'
import { listSessions } from '../../entities/sessions/list-sessions.ts'
import { getAvailableChangeVersions } from '../../entities/sessions/session-changes.ts'
import type { PartitionPlan } from '../../entities/sessions/partition-plan.ts'
import { planWholeSetWalk, type WholeSetWalk } from '../../entities/sessions/whole-set-walk.ts'
import type { ExportSink, SavedFile } from './export-sinks.ts'
import type { FileFormat } from './export-formats.ts'
import { OrderedChunks } from './ordered-chunks.ts'
import { cursorsFor, runPartitions, type PartitionCursor } from '../../entities/sessions/partition-runner.ts'
import { readExportPage, type ExportSource } from './read-export-page.ts'

// One export from plan to file: count (limit=0&totalCount=true), K partition tokens, the parallel
// cursor walk into an ordered sink, then the reconciliation of rows written against rows counted.
// A failed page leaves the job resumable from every partition's last token (resume()); cancel()
// aborts every request in flight at once and discards what was written.

export interface ExportJobOptions extends ExportSource {
  format: FileFormat
  sink: ExportSink
  pageSize?: number
  maxPartitions?: number
  onProgress?: (progress: ExportProgress) => void
}

export interface ExportProgress {
  rowsWritten: number
  expectedRows: number
  partitions: number
  partitionsDone: number
  /** How the set is read: numbered pages one by one ('offset-sequential') may miss or repeat rows written meanwhile. */
  walk?: WholeSetWalk
}

export interface ExportOutcome {
  file: SavedFile
  rowsWritten: number
  expectedRows: number
  /** Snapshot reads: the server replaced its snapshot while the export ran, so pages may mix two copies. */
  snapshotReplaced: boolean
}

export class ExportJob {
  private readonly options: ExportJobOptions
  private readonly controller = new AbortController()
  private plan: PartitionPlan | undefined
  private walk: WholeSetWalk | undefined
  private concurrency = 1
  private cursors: PartitionCursor[] = []
  private ordered: OrderedChunks<Blob> | undefined
  private rowsWritten = 0
  private snapshotVersion: number | undefined

  constructor(options: ExportJobOptions) {
    this.options = options
  }

  get signal(): AbortSignal {
    return this.controller.signal
  }

  async run(): Promise<ExportOutcome> {
    if (!this.plan) await this.prepare()
    const { sink, format } = this.options
    const source = this.source()
    const pageSize = this.plan!.pageSize
    await runPartitions<Blob>({
      cursors: this.cursors,
      concurrency: this.concurrency,
      signal: this.controller.signal,
      fetchPage: async (token, signal) => {
        const page = await readExportPage(source, token, pageSize, signal)
        // The parsed bodies go out of scope here: only the formatted Blob is kept.
        return { data: new Blob([format.page(page.items)]), rows: page.items.length, nextToken: page.nextToken }
      },
      onPage: (partition, chunk, rows) => {
        this.ordered!.push(partition, chunk)
        this.rowsWritten += rows
        this.report()
      },
      onPartitionDone: (partition) => {
        this.ordered!.finish(partition)
        this.report()
      },
    })
    const snapshotReplaced = await this.snapshotWasReplaced()
    const file = await sink.close()
    return { file, rowsWritten: this.rowsWritten, expectedRows: this.plan!.expectedRows, snapshotReplaced }
  }

  async cancel(): Promise<void> {
    this.controller.abort(new DOMException('The export was cancelled', 'AbortError'))
    await this.options.sink.abort()
  }

  progress(): ExportProgress {
    return {
      rowsWritten: this.rowsWritten,
      expectedRows: this.plan?.expectedRows ?? 0,
      partitions: this.cursors.length,
      partitionsDone: this.cursors.filter((c) => c.done).length,
      walk: this.walk,
    }
  }

  private source(): ExportSource {
    const { filters, changeWindow, snapshot } = this.options
    return { filters, changeWindow, snapshot }
  }

  private async prepare(): Promise<void> {
    const { filters, changeWindow, snapshot, format, sink } = this.options
    const signal = this.controller.signal
    // A replaced snapshot shows as a new newest change version; without change queries it cannot be told.
    if (snapshot && (await activeCapabilities()).changeQueries) {
      this.snapshotVersion = (await getAvailableChangeVersions({ snapshot: true }, signal)).newestChangeVersion
    }
    const counted = await listSessions({ ...filters, ...changeWindow, snapshot, limit: 0, totalCount: true }, signal)
    const { walk, plan, tokens, concurrency } = await planWholeSetWalk({ filters, changeWindow, snapshot }, counted.total ?? 0, {
      pageSize: this.options.pageSize,
      maxPartitions: this.options.maxPartitions,
      signal,
    })
    this.plan = plan
    this.walk = walk
    this.concurrency = concurrency
    this.cursors = cursorsFor(tokens)
    this.ordered = new OrderedChunks(tokens.length, (chunk) => sink.write(chunk))
    if (format.header) sink.write(new Blob([format.header]))
    this.report()
  }

  private async snapshotWasReplaced(): Promise<boolean> {
    if (this.snapshotVersion === undefined) return false
    const now = await getAvailableChangeVersions({ snapshot: true }, this.controller.signal)
    return now.newestChangeVersion !== this.snapshotVersion
  }

  private report(): void {
    this.options.onProgress?.(this.progress())
  }
}
