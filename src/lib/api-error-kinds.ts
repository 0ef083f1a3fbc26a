/** Problem types this app makes up for failures that never reached the API, or whose answer is unusable. */
export const clientProblemTypes = {
  network: 'urn:steward:network',
  writeOutcomeUnknown: 'urn:steward:network:write-outcome-unknown',
  notConnected: 'urn:steward:not-connected',
  unexpectedResponse: 'urn:steward:unexpected-response',
  clientFailure: 'urn:steward:client-failure',
} as const

export type ApiErrorKind =
  | 'network' // no answer arrived (status 0)
  | 'write-outcome-unknown' // a write's connection broke: it may or may not have been applied
  | 'not-connected'
  | 'connection' // discovery or token problems (features/connection)
  | 'validation' // 400 with validationErrors: show them on the fields
  | 'bad-request' // any other 400
  | 'unauthorized' // 401
  | 'forbidden' // 403: outside the client's education organizations
  | 'not-found' // 404 of an item or route
  | 'snapshot-unavailable' // 404: Use-Snapshot on a server without a snapshot
  | 'feature-disabled' // 404: e.g. change queries switched off
  | 'snapshot-read-only' // 405: a write carried Use-Snapshot
  | 'conflict' // 409: unresolved reference, dependent item, non-unique identity
  | 'precondition-failed' // 412: If-Match did not match, someone else changed the item
  | 'server' // 5xx
  | 'unexpected-response'
  | 'other'

export interface ProblemFacts {
  status: number
  type: string
  detail: string
  errors: string[]
  validationErrors: Record<string, string[]>
}

export function kindOf({ status, type, detail, errors, validationErrors }: ProblemFacts): ApiErrorKind {
  if (type === clientProblemTypes.network) return 'network'
  if (type === clientProblemTypes.writeOutcomeUnknown) return 'write-outcome-unknown'
  if (type === clientProblemTypes.notConnected) return 'not-connected'
  if (type === clientProblemTypes.unexpectedResponse) return 'unexpected-response'
  if (type.startsWith('urn:steward:connection:')) return 'connection'
  if (type === 'urn:ed-fi:api:snapshots:method-not-allowed') return 'snapshot-read-only'
  if (type.startsWith('urn:ed-fi:api:system:configuration:feature-disabled')) return 'feature-disabled'
  switch (status) {
    case 400:
      return Object.keys(validationErrors).length > 0 ? 'validation' : 'bad-request'
    case 401:
      return 'unauthorized'
    case 403:
      return 'forbidden'
    case 404:
      // Ed-Fi has no own type for it; the ODS's wording is all that tells it from a missing item.
      return /snapshot/i.test([detail, ...errors].join(' ')) ? 'snapshot-unavailable' : 'not-found'
    case 409:
      return 'conflict'
    case 412:
      return 'precondition-failed'
  }
  return status >= 500 ? 'server' : 'other'
}

export function summaryOf(error: ProblemFacts): string {
  switch (kindOf(error)) {
    case 'network':
      return 'The Ed-Fi API could not be reached. Check your network connection and that the API is running, then try again.'
    case 'write-outcome-unknown':
      return (
        'The connection broke while saving, so the change may or may not ' +
        'have been saved. Reload the record to check before saving again.'
      )
    case 'validation':
      return 'Some values were not accepted. Correct the fields marked below and save again.'
    case 'unauthorized':
      return 'The Ed-Fi API did not accept this app’s credentials. Check the key and secret on the Connection screen.'
    case 'forbidden':
      return 'This API client is not allowed to read or change this record (it belongs to another school or district).'
    case 'not-found':
      return 'This record was not found. Someone may have deleted it, or the address is wrong.'
    case 'snapshot-unavailable':
      return 'This Ed-Fi API has no snapshot to read from. Turn snapshot mode off to see live data.'
    case 'feature-disabled':
      return `This Ed-Fi API has the feature turned off. ${error.detail}`
    case 'snapshot-read-only':
      return 'A snapshot is read-only. Turn snapshot mode off to make changes.'
    case 'conflict':
      return `The change conflicts with other data. ${error.detail}`
    case 'precondition-failed':
      return 'Someone else changed this record after you opened it. Review their version before saving yours.'
    case 'server':
      return (
        `The Ed-Fi API failed (HTTP ${error.status}). Try again in a moment; if ` +
        'it keeps happening, give the correlation ID to the API’s administrator.'
      )
    case 'unexpected-response':
      return 'The Ed-Fi API answered with data this app does not understand.'
    default:
      return error.detail
  }
}
