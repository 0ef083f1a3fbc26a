// Display formats for session values. Ed-Fi dates are date-only strings ("2021-08-23"): a Date at
// local midnight or UTC midnight shows the day before somewhere, so they are formatted from their
// parts in UTC, where no offset can move them. `_lastModifiedDate` is a real instant.

const dateOnlyFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' })

export function formatDateOnly(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return value
  return dateOnlyFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))))
}

const timestampFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' })

export function formatTimestamp(value: string): string {
  const time = Date.parse(value)
  return Number.isNaN(time) ? value : timestampFormat.format(time)
}

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' })

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

export function formatRelative(value: string, now: number = Date.now()): string {
  const time = Date.parse(value)
  if (Number.isNaN(time)) return value
  const seconds = Math.round((time - now) / 1000)
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return unit === 'second' && Math.abs(seconds) < 10
        ? relativeFormat.format(0, 'second')
        : relativeFormat.format(Math.trunc(seconds / size), unit)
    }
  }
  return value
}
