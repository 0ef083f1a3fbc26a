import http from 'node:http'

// A small closed-loop HTTP load generator: `concurrency` keep-alive connections each sending the
// next request as soon as the previous response is fully read, for a fixed time. Both sides of a
// comparison are driven by this same code, so its own overhead cancels out in the ratios.

export interface LoadResult {
  requests: number
  seconds: number
  perSecond: number
  errors: number
}

export async function measureThroughput(
  url: string,
  options: { concurrency: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency })
  const target = new URL(url)
  let requests = 0
  let errors = 0
  const started = performance.now()
  const deadline = started + options.seconds * 1000
  const once = () =>
    new Promise<void>((resolve) => {
      const req = http.get(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, agent, headers: options.headers },
        (res) => {
          res.on('data', () => {})
          res.on('end', () => {
            if (res.statusCode === 200) requests += 1
            else errors += 1
            resolve()
          })
        },
      )
      req.on('error', () => {
        errors += 1
        resolve()
      })
    })
  const worker = async () => {
    while (performance.now() < deadline) await once()
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return { requests, seconds, perSecond: requests / seconds, errors }
}

/** Median latency in ms of `count` sequential requests (after `warmup` unmeasured ones). */
export async function medianLatency(url: string, headers: Record<string, string>, count = 30, warmup = 5): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < count + warmup; i++) {
    const started = performance.now()
    const res = await fetch(url, { headers })
    await res.arrayBuffer()
    if (!res.ok) throw new Error(`${url}: ${res.status}`)
    if (i >= warmup) times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

export const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
