import { describe, expect, it } from 'vitest'
import { DS52_FORM_LIMITS } from '../../entities/sessions/session-form-limits.ts'
import type { ServerCapabilities } from '../../lib/edfi/capabilities.ts'
import { capabilitySentences } from './capability-sentences.ts'

const full: ServerCapabilities = {
  product: 'ods-api',
  apiVersion: '7.3',
  dataStandard: '6.0.0',
  cursorPaging: true,
  partitions: true,
  changeQueries: true,
  keyChanges: true,
  snapshot: 'available',
  routePlaceholders: [],
  yearSpecific: false,
  caseSensitiveMembers: false,
}

const rules = (limits?: Parameters<typeof capabilitySentences>[1]) => capabilitySentences(full, limits).find((s) => s.id === 'rules')

describe('the form-rules sentence on the connection screen', () => {
  it('names the limit the server’s own metadata sets', () => {
    expect(rules({ ...DS52_FORM_LIMITS, sessionNameMaxLength: 120, source: 'server' })).toEqual({
      id: 'rules',
      ok: true,
      text: 'The editor follows this server’s own rules: session names up to 120 characters.',
    })
  })

  it('says plainly when the server publishes none and the usual rules apply', () => {
    expect(rules(DS52_FORM_LIMITS)?.text).toBe(
      'This server does not publish its rules; the editor checks the usual Ed-Fi rules (session names up to 60 characters) and the server checks every save.',
    )
    expect(rules(undefined)).toBeUndefined()
  })
})
