import { z } from 'zod'

const whole = (min: number, max: number) => z.coerce.number<number>().int().min(min).max(max).optional().catch(undefined)

export const qualitySearchSchema = z.object({
  schoolYear: whole(1900, 2200),
  schoolId: whole(1, Number.MAX_SAFE_INTEGER),
  gapWeeks: whole(1, 20),
})

export type QualitySearch = z.infer<typeof qualitySearchSchema>
