import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { ApiError } from '../../../lib/api-error.ts'
import { saveBatch } from '../apply/batch-store.ts'
import type { Batch } from './plan-types.ts'

/** A read the API refused is kept as `error`; any other failure is a bug and is thrown. */
export function usePrepareBatch(): { busy: boolean; error: ApiError | undefined; prepare: (build: () => Promise<Batch>) => Promise<void> } {
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError>()
  const prepare = async (build: () => Promise<Batch>) => {
    setBusy(true)
    setError(undefined)
    try {
      const batch = await build()
      await saveBatch(batch)
      await navigate({ to: '/bulk/$batchId', params: { batchId: batch.id } })
    } catch (cause) {
      setBusy(false)
      if (cause instanceof ApiError) setError(cause)
      else throw cause
    }
  }
  return { busy, error, prepare }
}
