import { z } from 'zod'

export const SESSIONS_PAGE_SIZE = 25

/** The sessions list state kept in the URL (?offset=25), parsed once, with defaults for junk. */
export const sessionsSearchSchema = z.object({
  offset: z.number().int().min(0).optional().catch(undefined),
})

export type SessionsSearch = z.infer<typeof sessionsSearchSchema>
