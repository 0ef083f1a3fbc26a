import { z } from 'zod'

export const overviewSearchSchema = z.object({
  schoolYear: z.coerce.number<number>().int().min(1900).max(2200).optional().catch(undefined),
  periods: z.boolean().optional().catch(undefined),
})

export type OverviewSearch = z.infer<typeof overviewSearchSchema>
