import { useState } from 'react'

interface HelpDeskDetailsProps {
  correlationId?: string
  lines?: readonly string[]
}

export function HelpDeskDetails({ correlationId, lines = [] }: HelpDeskDetailsProps) {
  const [copied, setCopied] = useState(false)
  if (!correlationId && lines.length === 0) return null
  const text = [...(correlationId ? [`Correlation ID: ${correlationId}`] : []), ...lines].join('\n')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopied(true)
    } catch {
      setCopied(false)
    }
  }
  return (
    <details className="alert-meta help-desk help-desk-details">
      <summary>Details for your help desk</summary>
      <ul className="alert-details">
        {correlationId && (
          <li>
            Reference (correlation ID): <code>{correlationId}</code>
          </li>
        )}
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <button type="button" className="button-link" onClick={() => void copy()}>
        {copied ? 'Copied' : 'Copy these details'}
      </button>
    </details>
  )
}
