import type { AddressInfo } from 'node:net'

export function isLoopbackHost(host: string): boolean {
  return /^(localhost|127(\.\d+){3}|::1|\[::1\])$/i.test(host)
}

export function bindBanner(address: AddressInfo | string | null, dbPath: string): string[] {
  if (!address || typeof address === 'string') return [`Ed-Fi Sessions Steward listening on ${address}   database: ${dbPath}`]
  const bound = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const browse = isLoopbackHost(address.address) ? `http://localhost:${address.port}` : `http://${bound}:${address.port}`
  const lines = [
    `Ed-Fi Sessions Steward: ${browse}/   Ed-Fi API root: ${browse}/api   bound to ${bound}:${address.port}   database: ${dbPath}`,
  ]
  if (!isLoopbackHost(address.address)) {
    lines.push(
      `WARNING: bound to ${bound}, not loopback: other machines can reach this API, ` +
        'and its demo credentials (server/clients.json) are public.',
    )
  }
  return lines
}
