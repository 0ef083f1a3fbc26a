// A page is handed on and its cursor moved in one step, so a retried or resumed page is never written twice.

export interface PartitionCursor {
  nextToken: string | undefined
  done: boolean
  rows: number
}

export interface FetchedPage<T> {
  data: T
  rows: number
  nextToken: string | undefined
}

export type FetchPage<T> = (token: string, signal: AbortSignal) => Promise<FetchedPage<T>>

export interface RunPartitionsOptions<T> {
  cursors: PartitionCursor[]
  concurrency: number
  fetchPage: FetchPage<T>
  /** Called synchronously, before the cursor moves past the page. */
  onPage: (partition: number, data: T, rows: number) => void
  onPartitionDone?: (partition: number) => void
  signal?: AbortSignal
}

export class PartitionFailure extends Error {
  readonly partition: number
  constructor(partition: number, cause: unknown) {
    super(`Partition ${partition + 1} could not be read`, { cause })
    this.name = 'PartitionFailure'
    this.partition = partition
  }
}

export function cursorsFor(tokens: readonly string[]): PartitionCursor[] {
  return tokens.map((token) => ({ nextToken: token, done: false, rows: 0 }))
}

/** On the first failure the other partitions are aborted (their cursors unmoved) and the failure is thrown. */
export async function runPartitions<T>(options: RunPartitionsOptions<T>): Promise<void> {
  const { cursors, fetchPage, onPage, onPartitionDone } = options
  const internal = new AbortController()
  const outer = options.signal
  const forward = () => internal.abort(outer?.reason)
  outer?.throwIfAborted()
  outer?.addEventListener('abort', forward, { once: true })

  let failure: PartitionFailure | undefined
  let next = 0
  const takePartition = () => {
    while (next < cursors.length && cursors[next]!.done) next++
    return next < cursors.length ? next++ : undefined
  }

  const worker = async () => {
    for (let index = takePartition(); index !== undefined; index = takePartition()) {
      const cursor = cursors[index]!
      while (!cursor.done) {
        if (internal.signal.aborted) return
        let page: FetchedPage<T>
        try {
          page = await fetchPage(cursor.nextToken!, internal.signal)
        } catch (cause) {
          if (!internal.signal.aborted) {
            failure ??= new PartitionFailure(index, cause)
            internal.abort(failure)
          }
          return
        }
        // An answer that arrives after an abort is dropped: the cursor stays, the page is read again on resume.
        if (internal.signal.aborted) return
        onPage(index, page.data, page.rows)
        cursor.rows += page.rows
        cursor.nextToken = page.nextToken
        if (page.nextToken === undefined) {
          cursor.done = true
          onPartitionDone?.(index)
        }
      }
    }
  }

  try {
    const workers = Math.max(1, Math.min(options.concurrency, cursors.length))
    await Promise.all(Array.from({ length: workers }, worker))
  } finally {
    outer?.removeEventListener('abort', forward)
  }
  if (outer?.aborted) throw outer.reason
  if (failure) throw failure
}
