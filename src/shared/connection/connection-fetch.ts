import { corsBlocked, unreachable } from './connection-problems.ts'

// Discovery and the token endpoint are the first requests to a new server, so their failures need
// telling apart: an unreachable host and a CORS refusal both reach script as the same TypeError.

const PROBE_TIMEOUT_MS = 5_000

function pageOrigin(): string | undefined {
  return typeof location === 'undefined' ? undefined : location.origin
}

/**
 * A browser hides why a fetch failed, but an opaque `no-cors` request succeeds whenever the host
 * answers at all: reached in no-cors but not in cors mode means the server refused this origin.
 */
async function answersWithoutCors(url: string): Promise<boolean> {
  const probe = globalThis.fetch(url, { method: 'GET', mode: 'no-cors', credentials: 'omit', cache: 'no-store' }).then(
    () => true,
    () => false,
  )
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)
  })
  try {
    return await Promise.race([probe, timeout])
  } finally {
    clearTimeout(timer)
  }
}

export async function explainFetchFailure(url: string, cause: unknown): Promise<Error> {
  const origin = pageOrigin()
  let target: URL | undefined
  try {
    target = new URL(url)
  } catch {
    return unreachable(url, cause, origin)
  }
  // Same-origin requests are never subject to CORS.
  if (origin && target.origin !== origin && (await answersWithoutCors(url))) return corsBlocked(url, cause, origin)
  return unreachable(url, cause, origin)
}

export async function sendConnectionRequest(url: string, init: RequestInit): Promise<Response> {
  try {
    // Looked up per call so tests (and monitoring) can wrap fetch at the HTTP level.
    return await globalThis.fetch(url, init)
  } catch (cause) {
    if (init.signal?.aborted) throw cause
    throw await explainFetchFailure(url, cause)
  }
}
