// The school a steward last filtered on, kept per browser, so it can be offered as a one-click
// filter next time. Storage may be disabled: then nothing is remembered.

const KEY = 'edfi-steward.remembered-school'

export function rememberSchool(schoolId: number): void {
  try {
    localStorage.setItem(KEY, String(schoolId))
  } catch {
    // Nothing to do: the offer simply does not appear.
  }
}

export function rememberedSchool(): number | undefined {
  try {
    const value = Number(localStorage.getItem(KEY))
    return Number.isSafeInteger(value) && value > 0 ? value : undefined
  } catch {
    return undefined
  }
}
