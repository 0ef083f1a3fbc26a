export function descriptorLabel(uri: string): string {
  const hash = uri.lastIndexOf('#')
  return hash >= 0 ? uri.slice(hash + 1) : uri
}
