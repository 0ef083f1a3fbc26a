import type { Severity } from '../rules/types.ts'

const LOOK: Record<Severity, { icon: string; word: string }> = {
  error: { icon: '✖', word: 'Error' },
  warning: { icon: '▲', word: 'Warning' },
  note: { icon: '●', word: 'Note' },
}

/** A severity by shape, colour and word, so it never depends on colour alone. */
export function SeverityBadge({ severity, count }: { severity: Severity; count?: number }) {
  const { icon, word } = LOOK[severity]
  return (
    <span className={`severity severity-${severity}`}>
      <span aria-hidden="true">{icon}</span>{' '}
      {count === undefined ? word : `${count} ${count === 1 ? word.toLowerCase() : `${word.toLowerCase()}s`}`}
    </span>
  )
}
