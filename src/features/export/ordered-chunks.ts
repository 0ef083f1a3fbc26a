// Parallel partitions finish out of order, but the file should not depend on timing: chunks of
// the partition being written go straight to the output, chunks of later partitions wait (as
// Blobs in the browser, which live outside the JavaScript heap) until every earlier partition is
// done. The file then has the rows in aggregate-id order, as one sequential walk would.

export class OrderedChunks<C> {
  private current = 0
  private readonly waiting: C[][]
  private readonly finished: boolean[]
  private readonly write: (chunk: C) => void

  constructor(partitions: number, write: (chunk: C) => void) {
    this.waiting = Array.from({ length: partitions }, () => [])
    this.finished = Array.from({ length: partitions }, () => false)
    this.write = write
  }

  push(partition: number, chunk: C): void {
    if (partition === this.current) this.write(chunk)
    else this.waiting[partition]!.push(chunk)
  }

  finish(partition: number): void {
    this.finished[partition] = true
    while (this.current < this.finished.length && this.finished[this.current]) {
      this.current++
      const queued = this.waiting[this.current]
      if (!queued) break
      for (const chunk of queued.splice(0)) this.write(chunk)
    }
  }

  get complete(): boolean {
    return this.current >= this.finished.length
  }
}
