// Walks K partitions in parallel with cursor paging: each partition is one chain of pages (the next
// token comes from the page before), so K workers give at most K requests in flight. A page is
// handed on only once it has arrived in full, and the partition's position moves past it in the
// same step, so a retried or resumed page can never be written twice.

export interface PartitionCursor {
  /** The token of the next page to read; undefined once the partition is done. */
  nextToken: string | undefined
  done: boolean
  rows: number
}

export interface FetchedPage<T> {
  /** The page, already in the form it is written in (parsed rows need not outlive the fetch). */
  data: T
  rows: number
  /** undefined when this page ended the partition. */
  nextToken: string | undefined
}

export type FetchPage<T> = (token: string, signal: AbortSignal) => Promise<FetchedPage<T>>

export interface RunPartitionsOptions<T> {
  /** One cursor per partition, in partition order; advanced in place, so a later run resumes them. */
  cursors: PartitionCursor[]
  concurrency: number
  fetchPage: FetchPage<T>
  /** Called once per complete page, synchronously, before the cursor moves past it. */
  onPage: (partition: number, data: T, rows: number) => void
  /** Called when a partition's last page has been handed on. */
  onPartitionDone?: (partition: number) => void
  signal?: AbortSignal
}

/** A page that still failed after the network door's retries; the cursor still points at it. */
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

/**
 * Resolves when every partition is done. On the first failure the others are aborted at once (their
 * pages in flight are dropped, their cursors unmoved) and the failure is thrown; an abort of
 * `signal` rejects with its reason.
 */
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
