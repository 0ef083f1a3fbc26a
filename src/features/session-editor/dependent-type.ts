/**
 * The kind of record that blocks a delete, in plain words, from the ODS's 409 detail ("…referenced
 * by an existing 'CourseOffering' item."): "course offering". Undefined when the detail names none.
 */
export function dependentTypeOf(detail: string): string | undefined {
  const name = /referenced by an? existing '?([A-Za-z]+)'? item/.exec(detail)?.[1]
  return name?.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}
