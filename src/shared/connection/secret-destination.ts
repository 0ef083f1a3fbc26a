// Before a connection sends its key and secret, where they would go: the token URL comes from the
// server's discovery document, so a compromised or misconfigured server could point it at another
// site, and plain http:// beyond this machine would expose the secret on the network.

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\])$/i

export function secretDestinationRisk(apiRoot: string, tokenUrl: string): string | undefined {
  const api = new URL(apiRoot)
  const token = new URL(tokenUrl)
  const risks: string[] = []
  if (token.origin !== api.origin) {
    risks.push(`The API at ${api.origin} asks for this connection's key and secret to be sent to ${token.origin}, which is another site.`)
  }
  if (token.protocol === 'http:' && !LOOPBACK.test(token.hostname)) {
    risks.push(`The secret would travel unencrypted (http://) to ${token.host}: anyone on the network could read it.`)
  }
  return risks.length ? `${risks.join(' ')} Send the secret anyway?` : undefined
}

export function confirmInBrowser(question: string): boolean {
  return typeof window !== 'undefined' && typeof window.confirm === 'function' && window.confirm(question)
}
