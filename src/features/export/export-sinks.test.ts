import { describe, expect, it } from 'vitest'
import { createFileSink, type WritableFile } from './export-sinks.ts'

// The File System Access sink over a stand-in for FileSystemWritableFileStream (the browser's own
// is exercised by hand: headless e2e takes the download path).

function writable(options: { failOn?: string } = {}) {
  const log: string[] = []
  const file: WritableFile = {
    write: async (data) => {
      const text = await data.text()
      await new Promise((resolve) => setTimeout(resolve, text === 'slow' ? 10 : 0))
      if (text === options.failOn) throw new Error('disk full')
      log.push(`write ${text}`)
    },
    close: async () => void log.push('close'),
    abort: async () => void log.push('abort'),
  }
  return { file, log }
}

describe('createFileSink', () => {
  it('writes chunks in the order given, even when one write is slower, and closes after the last', async () => {
    const { file, log } = writable()
    const sink = createFileSink('a.csv', file)
    for (const text of ['header', 'slow', 'rows']) sink.write(new Blob([text]))
    await expect(sink.close()).resolves.toEqual({ kind: 'saved', fileName: 'a.csv' })
    expect(log).toEqual(['write header', 'write slow', 'write rows', 'close'])
  })

  it('a failed write is reported by close, which discards the file instead of keeping a truncated one', async () => {
    const { file, log } = writable({ failOn: 'rows' })
    const sink = createFileSink('a.csv', file)
    for (const text of ['header', 'rows', 'more']) sink.write(new Blob([text]))
    await expect(sink.close()).rejects.toThrow('disk full')
    expect(log).toEqual(['write header', 'abort'])
  })

  it('abort discards what was written', async () => {
    const { file, log } = writable()
    const sink = createFileSink('a.csv', file)
    sink.write(new Blob(['header']))
    await sink.abort()
    expect(log).toEqual(['write header', 'abort'])
  })
})
