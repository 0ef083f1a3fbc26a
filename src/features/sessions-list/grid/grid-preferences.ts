import { useCallback, useState } from 'react'
import { z } from 'zod'

// The steward's own, not the view's: kept in localStorage, not in the shared URL.

const VISIBILITY_KEY = 'edfi-steward.sessions-grid.columns'
const DENSITY_KEY = 'edfi-steward.sessions-grid.density'

export type Density = 'comfortable' | 'compact'
export type ColumnVisibility = Record<string, boolean>

const visibilitySchema = z.record(z.string(), z.boolean())
const densitySchema = z.enum(['comfortable', 'compact'])

function read<T>(key: string, schema: z.ZodType<T>, fallback: T): T {
  try {
    const raw = localStorage.getItem(key)
    if (raw === null) return fallback
    const parsed = schema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : fallback
  } catch {
    return fallback
  }
}

function write(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Storage may be full or disabled: the choice still holds for this page.
  }
}

function usePersisted<T>(key: string, schema: z.ZodType<T>, fallback: T) {
  const [value, setValue] = useState<T>(() => read(key, schema, fallback))
  const update = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved = typeof next === 'function' ? (next as (p: T) => T)(previous) : next
        write(key, resolved)
        return resolved
      })
    },
    [key],
  )
  return [value, update] as const
}

export function useColumnVisibility() {
  return usePersisted<ColumnVisibility>(VISIBILITY_KEY, visibilitySchema, {})
}

export function useDensity() {
  return usePersisted<Density>(DENSITY_KEY, densitySchema, 'comfortable')
}
