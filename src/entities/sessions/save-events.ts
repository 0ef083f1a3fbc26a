import type { SessionBody } from './session-schema.ts'

// Lets features such as the change journal see every write without the write hooks knowing them.

export interface SessionSaveEvent {
  kind: 'created' | 'updated' | 'deleted'
  id: string
  before: SessionBody | undefined
  after: SessionBody | undefined
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
