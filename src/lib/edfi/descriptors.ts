// Ed-Fi descriptors travel as URIs (`uri://ed-fi.org/TermDescriptor#Fall Semester`); people read
// the code value after '#', and the full URI stays available for those who need the namespace.

export function descriptorLabel(uri: string): string {
  const hash = uri.lastIndexOf('#')
  return hash >= 0 ? uri.slice(hash + 1) : uri
}
