import { z } from 'zod'

// Wire shape of edFi_session (../shared/edfi/sessions-openapi.json, DS 5.2). Dates stay the
// date-only strings the API sends ("2021-08-23"): a Date at UTC midnight shows the day before in
// US time zones. Unknown members (e.g. `_ext`) are dropped, not rejected.
export const sessionSchema = z.object({
  id: z.string(),
  sessionName: z.string(),
  schoolReference: z.object({ schoolId: z.number().int() }),
  schoolYearTypeReference: z.object({ schoolYear: z.number().int() }),
  termDescriptor: z.string(),
  beginDate: z.string(),
  endDate: z.string(),
  totalInstructionalDays: z.number().int(),
  gradingPeriods: z
    .array(
      z.object({
        gradingPeriodReference: z.object({
          gradingPeriodDescriptor: z.string(),
          gradingPeriodName: z.string(),
          schoolId: z.number().int(),
          schoolYear: z.number().int(),
        }),
      }),
    )
    .optional(),
  academicWeeks: z
    .array(z.object({ academicWeekReference: z.object({ schoolId: z.number().int(), weekIdentifier: z.string() }) }))
    .optional(),
  _etag: z.string().optional(),
  _lastModifiedDate: z.string().optional(),
})

export const sessionListSchema = z.array(sessionSchema)

export type Session = z.infer<typeof sessionSchema>
