import { z } from 'zod'
import { isDateOnly } from '../../entities/sessions/sessions-search.ts'

// A session's page can be asked to open its editor, with a suggested fix already in the form
// (`?edit=true&totalInstructionalDays=80`), e.g. from a data-quality finding. Junk is ignored.

const date = z.string().refine(isDateOnly).optional().catch(undefined)

export const sessionDetailSearchSchema = z.object({
  edit: z.boolean().optional().catch(undefined),
  beginDate: date,
  endDate: date,
  totalInstructionalDays: z.coerce.number<number>().int().min(0).max(2_147_483_647).optional().catch(undefined),
})

export type SessionDetailSearch = z.infer<typeof sessionDetailSearchSchema>
