import { z } from 'zod'

/** The change feed's window and filters, kept in the URL. Junk values fall back to defaults. */
export const changesSearchSchema = z.object({
  minChangeVersion: z.number().int().min(0).optional().catch(undefined),
  maxChangeVersion: z.number().int().min(0).optional().catch(undefined),
})

export type ChangesSearch = z.infer<typeof changesSearchSchema>
