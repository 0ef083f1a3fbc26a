import { existsSync, renameSync, rmSync } from 'node:fs'
import { openDatabase, type Db } from './database.ts'

export class SnapshotStore {
  private readonly live: Db
  private readonly path: string
  private current: Db | undefined
  private takenAt: string | undefined

  constructor(live: Db, path: string) {
    this.live = live
    this.path = path
  }

  ensure(): void {
    if (this.current) return
    if (existsSync(this.path)) this.open()
    else this.refresh()
  }

  refresh(): { takenAt: string } {
    const temp = `${this.path}.tmp`
    rmSync(temp, { force: true })
    this.live.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('snapshotTakenAt', ?)").run(new Date().toISOString())
    this.live.prepare('VACUUM INTO ?').run(temp)
    this.current?.close()
    this.current = undefined
    renameSync(temp, this.path)
    this.open()
    return { takenAt: this.takenAt! }
  }

  get(): Db | undefined {
    return this.current
  }

  info(): { takenAt: string | undefined } {
    return { takenAt: this.takenAt }
  }

  close(): void {
    this.current?.close()
    this.current = undefined
  }

  private open(): void {
    this.current = openDatabase(this.path, { readonly: true })
    const row = this.current.prepare("SELECT value FROM meta WHERE key = 'snapshotTakenAt'").get() as { value: string } | undefined
    this.takenAt = row?.value
  }
}
