import { z } from 'zod'

// The findings page's state in the URL: which school year (the current one when absent), which
// school (all when absent), and the gap threshold. Junk falls back to the defaults.

const whole = (min: number, max: number) => z.coerce.number<number>().int().min(min).max(max).optional().catch(undefined)

export const qualitySearchSchema = z.object({
  schoolYear: whole(1900, 2200),
  schoolId: whole(1, Number.MAX_SAFE_INTEGER),
  gapWeeks: whole(1, 20),
})

export type QualitySearch = z.infer<typeof qualitySearchSchema>
