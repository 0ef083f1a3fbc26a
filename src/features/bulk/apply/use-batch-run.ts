import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { invalidateLive } from '../../../entities/sessions/session-cache.ts'
import type { Batch, RowOutcome } from '../plan/plan-types.ts'
import { undoBatch } from '../plan/undo-plan.ts'
import { applyBatch, openRows } from './apply-batch.ts'
import { deleteBatch, loadBatch, loadOutcomes, saveBatch, saveOutcomes } from './batch-store.ts'
import type { BatchProgress } from './progress-math.ts'

export type BatchView =
  | { stage: 'loading' }
  | { stage: 'missing' }
  | { stage: 'ready'; batch: Batch; outcomes: ReadonlyMap<number, RowOutcome>; running: boolean; progress?: BatchProgress }

export function useBatchRun(batchId: string) {
  const queryClient = useQueryClient()
  const [view, setView] = useState<BatchView>({ stage: 'loading' })
  const controller = useRef<AbortController | null>(null)

  useEffect(() => {
    let live = true
    void Promise.all([loadBatch(batchId), loadOutcomes(batchId)]).then(([batch, outcomes]) => {
      if (!live) return
      // 'applying' with no run in this tab: the tab that ran it closed or lost its way.
      const state = batch?.state === 'applying' ? 'stopped' : batch?.state
      setView(batch && state ? { stage: 'ready', batch: { ...batch, state }, outcomes, running: false } : { stage: 'missing' })
    })
    return () => {
      live = false
      controller.current?.abort()
    }
  }, [batchId])

  const replaceBatch = useCallback(async (batch: Batch) => {
    await saveBatch(batch)
    setView((v) => (v.stage === 'ready' ? { ...v, batch } : v))
  }, [])

  const apply = useCallback(async () => {
    if (view.stage !== 'ready' || view.running) return
    const abort = new AbortController()
    controller.current = abort
    const known = new Map(view.outcomes)
    const checkFirst = view.batch.state !== 'planned'
    const applying: Batch = { ...view.batch, state: 'applying' }
    await saveBatch(applying)
    const progress: BatchProgress = { done: known.size, total: view.batch.rows.length, doneThisRun: 0, startedAt: Date.now() }
    setView({ stage: 'ready', batch: applying, outcomes: new Map(known), running: true, progress: { ...progress } })
    // Progress catches up at most every 150 ms, the costly table of rows once a second.
    let scheduled: ReturnType<typeof setTimeout> | undefined
    let shown: ReadonlyMap<number, RowOutcome> = known
    let shownAt = 0
    const show = () => {
      scheduled = undefined
      if (Date.now() - shownAt >= 1000) [shown, shownAt] = [new Map(known), Date.now()]
      setView({ stage: 'ready', batch: applying, outcomes: shown, running: true, progress: { ...progress } })
    }
    await applyBatch({
      batch: applying,
      known,
      checkFirst,
      signal: abort.signal,
      persist: (outcomes) => saveOutcomes(applying.id, outcomes),
      onOutcome: (outcome) => {
        known.set(outcome.n, outcome)
        progress.done = known.size
        progress.doneThisRun += 1
        scheduled ??= setTimeout(show, 150)
      },
    })
    clearTimeout(scheduled)
    const finished: Batch = { ...applying, state: openRows(applying, known).length === 0 ? 'finished' : 'stopped' }
    await saveBatch(finished)
    controller.current = null
    setView({ stage: 'ready', batch: finished, outcomes: new Map(known), running: false, progress: { ...progress } })
    await invalidateLive(queryClient, ['lists', 'cursors', 'partitions', 'deletes', 'keyChanges', 'availableChangeVersions', 'feed'])
  }, [view, queryClient])

  const cancel = useCallback(() => controller.current?.abort(), [])

  const planUndo = useCallback(async (): Promise<string | undefined> => {
    if (view.stage !== 'ready') return undefined
    const undo = undoBatch(view.batch, view.outcomes, crypto.randomUUID(), new Date().toISOString())
    await saveBatch(undo)
    await replaceBatch({ ...view.batch, undoneBy: undo.id })
    return undo.id
  }, [view, replaceBatch])

  const clear = useCallback(() => deleteBatch(batchId), [batchId])

  return { view, apply, cancel, planUndo, clear, replaceBatch }
}
