import type { Batch, RowOutcome } from '../plan/plan-types.ts'
import { resultsCsv } from '../plan/results-csv.ts'

export function ResultsDownload({ batch, outcomes }: { batch: Batch; outcomes: ReadonlyMap<number, RowOutcome> }) {
  const download = () => {
    const url = URL.createObjectURL(new Blob([resultsCsv(batch, outcomes)], { type: 'text/csv;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = `batch-results-${batch.createdAt.slice(0, 10)}.csv`
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  }
  return (
    <button type="button" onClick={download}>
      Download results (CSV)
    </button>
  )
}
