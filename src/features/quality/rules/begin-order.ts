import type { CheckedSession, InBeginOrder } from './types.ts'
import type { GroupFacts } from './school-year-groups.ts'

// The set rules walk every school year in date order: hundreds of groups of hundreds of rows. The
// order comes from one native sort of numbers (the begin day and the row's place packed in one
// double, which also keeps equal days in arrival order) rather than a comparator of date strings
// called a million times. Days from year 0 to 9999 times any array's length stay exact in a double.
const FIRST_DAY = -1_000_000 // before the year 0: keys stay positive

export function inBeginOrder(group: readonly CheckedSession[], facts: GroupFacts): InBeginOrder {
  const { begins, ends, terms } = facts
  const n = group.length
  const spanning = new Int32Array(n)
  let kept = 0
  // Reversed dates are a finding of their own; such a session spans no day.
  for (let i = 0; i < n; i++) if (ends[i]! >= begins[i]!) spanning[kept++] = i
  const order = placesByDay(spanning.subarray(0, kept), begins, n)
  const sorted: InBeginOrder = {
    sessions: new Array<CheckedSession>(kept),
    begins: new Int32Array(kept),
    ends: new Int32Array(kept),
    terms: new Int32Array(kept),
  }
  for (let k = 0; k < kept; k++) {
    const i = order[k]!
    sorted.sessions[k] = group[i]!
    sorted.begins[k] = begins[i]!
    sorted.ends[k] = ends[i]!
    sorted.terms[k] = terms[i]!
  }
  return sorted
}

/** `places` are below `size`. */
function placesByDay(places: Int32Array, days: readonly number[], size: number): Int32Array {
  const keys = new Float64Array(places.length)
  for (let k = 0; k < places.length; k++) keys[k] = (days[places[k]!]! - FIRST_DAY) * size + places[k]!
  keys.sort()
  const order = new Int32Array(places.length)
  for (let k = 0; k < keys.length; k++) order[k] = keys[k]! % size
  return order
}
