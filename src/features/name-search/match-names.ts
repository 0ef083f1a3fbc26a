// "Name contains", which the Ed-Fi API cannot do (its filters match whole values): case- and
// accent-insensitive, over a set read whole in the browser.

export const NAME_SEARCH_LIMIT = 2_000

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('en-US')

export function matchNames<T extends { sessionName: string }>(items: readonly T[], needle: string): T[] {
  const wanted = fold(needle.trim())
  if (!wanted) return []
  return items.filter((item) => fold(item.sessionName).includes(wanted))
}
