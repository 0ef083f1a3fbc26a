export function dependentTypeOf(detail: string): string | undefined {
  const name = /referenced by an? existing '?([A-Za-z]+)'? item/.exec(detail)?.[1]
  return name?.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}
