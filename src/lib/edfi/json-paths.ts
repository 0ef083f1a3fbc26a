// Ed-Fi keys `validationErrors` by JSON path into the request body:
// `$.gradingPeriods[0].gradingPeriodReference.schoolId`. react-hook-form names the same place
// `gradingPeriods.0.gradingPeriodReference.schoolId`, and calls the form as a whole `root`.

export function jsonPathToFieldName(path: string): string {
  let rest = path.trim().replace(/^\$/, '')
  const names: string[] = []
  const segment = /^(?:\.?([^.[\]'"]+)|\[(\d+)\]|\[(['"])(.*?)\3\])/
  while (rest) {
    const match = segment.exec(rest)
    if (!match) {
      names.push(rest)
      break
    }
    names.push(match[1] ?? match[2] ?? match[4] ?? '')
    rest = rest.slice(match[0].length)
  }
  return names.length > 0 ? names.join('.') : 'root'
}

export function validationErrorsByField(validationErrors: Record<string, string[]>): Record<string, string[]> {
  const byField: Record<string, string[]> = {}
  for (const [path, messages] of Object.entries(validationErrors)) {
    const name = jsonPathToFieldName(path)
    byField[name] = [...(byField[name] ?? []), ...messages]
  }
  return byField
}

/**
 * A RESTError `modelState` key as a JSON path. ODS/API 6.2 and 7.1 are ASP.NET model binding:
 * besides JSON paths (`$.sessionName`) they name a bound property by parameter and C# name
 * (`request.SessionName`, `request.GradingPeriods[0].GradingPeriodReference.GradingPeriodName`).
 */
export function modelStateKeyToJsonPath(key: string): string {
  if (key.startsWith('$')) return key
  const property = key.replace(/^request\./i, '')
  if (property === '' || property.toLowerCase() === 'request') return '$'
  const camel = property.replace(/(^|\.)([A-Z])/g, (_match, dot: string, first: string) => `${dot}${first.toLowerCase()}`)
  return `$.${camel}`
}
