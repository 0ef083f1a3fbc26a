import type { SessionFormLimits } from '../../entities/sessions/session-form-limits.ts'
import type { ServerCapabilities } from '../../lib/edfi/capabilities.ts'

export interface CapabilitySentence {
  id: 'paging' | 'history' | 'snapshot' | 'years' | 'names' | 'rules'
  ok: boolean
  text: string
}

export function capabilitySentences(c: ServerCapabilities, limits?: SessionFormLimits): CapabilitySentence[] {
  const sentences: CapabilitySentence[] = [
    c.cursorPaging && c.partitions
      ? { id: 'paging', ok: true, text: 'Large exports read many pages at once, quickly and without gaps.' }
      : {
          id: 'paging',
          ok: false,
          text:
            c.snapshot === 'available'
              ? 'This server cannot page with cursors; large exports read numbered pages from its snapshot instead.'
              : 'This server cannot page with cursors and has no snapshot; large exports read numbered pages one after another, and sessions changed meanwhile may be missed or repeated.',
        },
    c.changeQueries
      ? { id: 'history', ok: true, text: 'Change history: the server tells what changed, including deletions and renamed sessions.' }
      : {
          id: 'history',
          ok: false,
          text: 'This server does not share its change history; the history screens show only the changes made from this browser.',
        },
    c.snapshot === 'available'
      ? { id: 'snapshot', ok: true, text: 'A frozen copy (snapshot) can be read for consistent exports and reviews.' }
      : {
          id: 'snapshot',
          ok: false,
          text:
            c.snapshot === 'none'
              ? 'No snapshot on this server: snapshot mode is off and exports read live data.'
              : 'This server version has no snapshots: snapshot mode is off and exports read live data.',
        },
  ]
  if (c.yearSpecific) {
    sentences.push({
      id: 'years',
      ok: true,
      text: c.routePlaceholders.length
        ? 'This server keeps each school year separately: choose the school year in the header.'
        : 'This server keeps each school year separately; this address reads one school year.',
    })
  }
  if (c.caseSensitiveMembers) {
    sentences.push({ id: 'names', ok: true, text: 'This server checks field names exactly; the app always sends them as defined.' })
  }
  if (limits) sentences.push(rulesSentence(limits))
  return sentences
}

function rulesSentence(limits: SessionFormLimits): CapabilitySentence {
  const names = `session names up to ${limits.sessionNameMaxLength} characters`
  return limits.source === 'server'
    ? { id: 'rules', ok: true, text: `The editor follows this server’s own rules: ${names}.` }
    : {
        id: 'rules',
        ok: false,
        text: `This server does not publish its rules; the editor checks the usual Ed-Fi rules (${names}) and the server checks every save.`,
      }
}
