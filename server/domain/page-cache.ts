// Serialized collection pages, reused until the data changes. Every write in this ODS draws a new
// value from the database-wide change-version sequence, so "same query, same caller's schools,
// same newest change version" means "same bytes": a page is served again without re-reading
// 500 rows and re-serializing them. A snapshot never changes until it is refreshed.

export interface CachedPage {
  body: Buffer
  headers: Record<string, string>
}

export class PageCache {
  private readonly entries = new Map<string, CachedPage>()
  private bytes = 0
  private readonly maxBytes: number

  constructor(maxBytes = 64 * 1024 * 1024) {
    this.maxBytes = maxBytes
  }

  get(key: string): CachedPage | undefined {
    const hit = this.entries.get(key)
    if (hit) {
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  set(key: string, page: CachedPage): void {
    if (page.body.length > this.maxBytes / 4) return
    const previous = this.entries.get(key)
    if (previous) this.bytes -= previous.body.length
    this.entries.set(key, page)
    this.bytes += page.body.length
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break
      this.entries.delete(oldest)
      this.bytes -= entry.body.length
    }
  }
}
