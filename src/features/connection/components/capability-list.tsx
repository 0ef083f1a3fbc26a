import type { SessionFormLimits } from '../../../entities/sessions/session-form-limits.ts'
import type { ServerCapabilities } from '../../../lib/edfi/capabilities.ts'
import { capabilitySentences } from '../capability-sentences.ts'

export function CapabilityList({ capabilities, formLimits }: { capabilities: ServerCapabilities; formLimits?: SessionFormLimits }) {
  return (
    <ul className="capability-list" aria-label="What this server can do">
      {capabilitySentences(capabilities, formLimits).map((sentence) => (
        <li key={sentence.id} data-ok={sentence.ok}>
          <span aria-hidden="true">{sentence.ok ? '✓ ' : '– '}</span>
          {sentence.text}
        </li>
      ))}
    </ul>
  )
}
