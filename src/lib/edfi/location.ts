export function resourceIdFromLocation(location: string): string | undefined {
  let pathname: string
  try {
    pathname = new URL(location, 'http://relative.invalid').pathname
  } catch {
    return undefined
  }
  const last = pathname.split('/').filter(Boolean).at(-1)
  return last ? decodeURIComponent(last) : undefined
}

export function readLocationId(res: Response): string | undefined {
  const location = res.headers.get('Location')
  return location ? resourceIdFromLocation(location) : undefined
}
