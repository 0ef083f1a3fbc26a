import { z } from 'zod'
import { CHANGE_KINDS } from './feed-entry.ts'

// The change feed's window, filters, reading mode and per-source page, all in the URL so a view
// can be shared and restored with Back. Junk values fall back to defaults instead of failing.

export const WINDOW_KINDS = ['last-visit', 'last', 'custom'] as const
export type WindowKind = (typeof WINDOW_KINDS)[number]

const offset = z.number().int().min(0).optional().catch(undefined)

export const changesSearchSchema = z.object({
  window: z.enum(WINDOW_KINDS).optional().catch(undefined),
  last: z.number().int().min(1).max(1_000_000).optional().catch(undefined),
  /** Both bounds are inclusive, as in Ed-Fi. */
  minChangeVersion: z.number().int().min(0).optional().catch(undefined),
  maxChangeVersion: z.number().int().min(0).optional().catch(undefined),
  kinds: z.array(z.enum(CHANGE_KINDS)).optional().catch(undefined),
  schoolId: z.number().int().min(0).optional().catch(undefined),
  snapshot: z.boolean().optional().catch(undefined),
  upsertsOffset: offset,
  deletesOffset: offset,
  keyChangesOffset: offset,
})

export type ChangesSearch = z.infer<typeof changesSearchSchema>
