// POST and PUT answer with an empty body; the resource id is only in the Location header
// (`…/data/v3/ed-fi/sessions/{id}`).

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
