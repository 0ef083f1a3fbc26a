import type { Batch, OutcomeStatus, PlanAction, RowOutcome } from '../plan/plan-types.ts'

export const ACTION_WORDS: Record<PlanAction, string> = {
  create: 'Create',
  update: 'Update',
  delete: 'Delete',
  unchanged: 'Unchanged',
  skip: 'Skip',
  invalid: 'Cannot be written',
}

export const OUTCOME_WORDS: Record<OutcomeStatus, string> = {
  created: 'Created',
  updated: 'Updated',
  deleted: 'Deleted',
  unchanged: 'Unchanged',
  skipped: 'Skipped',
  conflict: 'Changed by someone else',
  failed: 'Failed',
}

function countBy<K extends string>(values: K[], words: Record<K, string>): [K, number][] {
  const counts = new Map<K, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return (Object.keys(words) as K[]).filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!])
}

export function BatchSummary({ batch, outcomes }: { batch: Batch; outcomes: ReadonlyMap<number, RowOutcome> }) {
  const planned = countBy(
    batch.rows.map((r) => r.action),
    ACTION_WORDS,
  )
  const results = countBy(
    [...outcomes.values()].map((o) => o.status),
    OUTCOME_WORDS,
  )
  const open = batch.rows.length - outcomes.size
  return (
    <dl className="facts">
      <dt>Planned</dt>
      <dd data-testid="planned-counts">
        {planned.map(([action, count]) => `${ACTION_WORDS[action]}: ${count.toLocaleString()}`).join(' · ') || 'nothing'}
      </dd>
      {outcomes.size > 0 && (
        <>
          <dt>Results</dt>
          <dd data-testid="result-counts">
            {results.map(([status, count]) => `${OUTCOME_WORDS[status]}: ${count.toLocaleString()}`).join(' · ')}
            {open > 0 && ` · Not done yet: ${open.toLocaleString()}`}
          </dd>
        </>
      )}
    </dl>
  )
}
