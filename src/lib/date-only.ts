const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
}

export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7
}

export function weekdaysBetween(begin: string, end: string): number {
  return weekdaysOfDays(dayNumber(begin), dayNumber(end))
}

export function weekdaysOfDays(first: number, last: number): number {
  if (last < first) return 0
  const total = last - first + 1
  let count = Math.floor(total / 7) * 5
  for (let day = first + Math.floor(total / 7) * 7; day <= last; day++) {
    const weekday = weekdayOf(day)
    if (weekday !== 0 && weekday !== 6) count++
  }
  return count
}

export function formatDate(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8, 10))}, ${date.slice(0, 4)}`
}

export function schoolYearLabel(schoolYear: number): string {
  return `${schoolYear - 1}-${schoolYear}`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
