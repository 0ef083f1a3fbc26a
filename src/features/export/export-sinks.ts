// Where the file goes. Both sinks take Blobs: a page's text becomes a Blob at once, so the
// browser keeps it in its blob store (spilling to disk when large), not in the JavaScript heap.
//  - FileSink: the File System Access API writes each chunk to the chosen file as it arrives.
//    Chromium writes to a temporary file and replaces the target only on close, so an aborted
//    export leaves the old file (or none) instead of a truncated one.
//  - DownloadSink: chunk Blobs collected in a list, joined into one Blob only at the end (no giant
//    string), offered through an object URL. Nothing is offered unless the export completed.

export type SavedFile = { kind: 'download'; url: string; fileName: string; bytes: number } | { kind: 'saved'; fileName: string }

export interface ExportSink {
  write(chunk: Blob): void
  close(): Promise<SavedFile>
  abort(): Promise<void>
}

export function createDownloadSink(fileName: string, mimeType: string): ExportSink {
  let parts: Blob[] = []
  return {
    write: (chunk) => void parts.push(chunk),
    close: async () => {
      const blob = new Blob(parts, { type: mimeType })
      parts = []
      return { kind: 'download', url: URL.createObjectURL(blob), fileName, bytes: blob.size }
    },
    abort: async () => {
      parts = []
    },
  }
}

export interface WritableFile {
  write(data: Blob): Promise<void>
  close(): Promise<void>
  abort(reason?: unknown): Promise<void>
}

export function createFileSink(fileName: string, writable: WritableFile): ExportSink {
  // Writes are chained so chunks land in order; the first failure is kept and reported by close().
  let chain: Promise<void> = Promise.resolve()
  let failed: unknown
  return {
    write: (chunk) => {
      chain = chain
        .then(() => (failed === undefined ? writable.write(chunk) : undefined))
        .catch((error: unknown) => void (failed ??= error))
    },
    close: async () => {
      await chain
      if (failed !== undefined) {
        await writable.abort(failed).catch(() => undefined)
        throw failed
      }
      await writable.close()
      return { kind: 'saved', fileName }
    },
    abort: async () => {
      await chain.catch(() => undefined)
      await writable.abort().catch(() => undefined)
    },
  }
}

interface SaveFilePickerWindow {
  showSaveFilePicker?: (options: {
    suggestedName?: string
    types?: { description: string; accept: Record<string, string[]> }[]
  }) => Promise<FileSystemFileHandle>
}

export function canPickSaveFile(): boolean {
  return typeof (window as SaveFilePickerWindow).showSaveFilePicker === 'function'
}

/**
 * Asks where to save. Must run inside the click that started the export (browsers require a user
 * gesture). Resolves undefined when the person closes the picker.
 */
export async function pickFileSink(fileName: string, mimeType: string, extension: string): Promise<ExportSink | undefined> {
  const picker = (window as SaveFilePickerWindow).showSaveFilePicker
  if (!picker) throw new Error('This browser cannot save to a chosen file')
  let handle: FileSystemFileHandle
  try {
    handle = await picker.call(window, {
      suggestedName: fileName,
      types: [
        { description: extension === 'csv' ? 'CSV file' : 'JSON Lines file', accept: { [mimeType.split(';')[0]!]: [`.${extension}`] } },
      ],
    })
  } catch (error) {
    if ((error as { name?: unknown }).name === 'AbortError') return undefined
    throw error
  }
  return createFileSink(handle.name, await handle.createWritable())
}
