import type { SessionBody } from './session-schema.ts'

// Every successful session write made through this app is announced here, with the record before
// and after, so that features like the local change journal can keep it without the write hooks
// knowing about them.

export interface SessionSaveEvent {
  kind: 'created' | 'updated' | 'deleted'
  id: string
  /** The record as this browser knew it before the write; undefined when it was not known. */
  before: SessionBody | undefined
  /** The record as stored after the write; undefined for a delete. */
  after: SessionBody | undefined
  /** The etag after the write, when known. */
  etag: string | undefined
  at: string
}

type Listener = (event: SessionSaveEvent) => void

const listeners = new Set<Listener>()

export function onSessionSaved(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function emitSessionSaved(event: Omit<SessionSaveEvent, 'at'>): void {
  const full = { ...event, at: new Date().toISOString() }
  for (const listener of listeners) {
    try {
      listener(full)
    } catch (error) {
      // A listener's failure must never turn a saved write into a failure.
      console.error('session save listener failed', error)
    }
  }
}
