import { z } from 'zod'

// session-schema.test.ts reads the constraints out of the OpenAPI document. Dates stay date-only
// strings: a Date at UTC midnight shows the day before in US time zones.

const int64 = z.number().int()
const int32 = z.int32()
const descriptor = z.string().max(306)
const sessionName = z.string().max(60)

export const linkSchema = z.object({ rel: z.string().optional(), href: z.string().optional() })

export const schoolReferenceSchema = z.object({ schoolId: int64, link: linkSchema.optional() })

export const schoolYearTypeReferenceSchema = z.object({ schoolYear: int32, link: linkSchema.optional() })

export const gradingPeriodReferenceSchema = z.object({
  gradingPeriodDescriptor: descriptor,
  gradingPeriodName: z.string().max(60),
  schoolId: int64,
  schoolYear: int32,
  link: linkSchema.optional(),
})

export const academicWeekReferenceSchema = z.object({
  schoolId: int64,
  weekIdentifier: z.string().min(5).max(80),
  link: linkSchema.optional(),
})

export const sessionGradingPeriodSchema = z.object({ gradingPeriodReference: gradingPeriodReferenceSchema })

export const sessionAcademicWeekSchema = z.object({ academicWeekReference: academicWeekReferenceSchema })

export const sessionReferenceSchema = z.object({ schoolId: int64, schoolYear: int32, sessionName, link: linkSchema.optional() })

export const sessionResourceSchema = z.object({
  id: z.string().optional(),
  sessionName,
  schoolReference: schoolReferenceSchema,
  schoolYearTypeReference: schoolYearTypeReferenceSchema,
  academicWeeks: z.array(sessionAcademicWeekSchema).optional(),
  beginDate: z.iso.date(),
  endDate: z.iso.date(),
  gradingPeriods: z.array(sessionGradingPeriodSchema).optional(),
  termDescriptor: descriptor,
  totalInstructionalDays: int32.min(0),
  _etag: z.string().optional(),
  // The ODS writes UTC with a Z; a proxy or another implementation may send an offset instead.
  _lastModifiedDate: z.iso.datetime({ offset: true, local: true }).optional(),
})

/** Read as sent: lengths are not enforced and unknown members are kept, so a save writes them back. */
const looseRef = <T extends z.ZodRawShape>(shape: T) => z.looseObject({ ...shape, link: linkSchema.optional() })
export const sessionSchema = z.looseObject({
  id: z.string(),
  sessionName: z.string(),
  schoolReference: looseRef({ schoolId: int64 }),
  schoolYearTypeReference: looseRef({ schoolYear: int32 }),
  academicWeeks: z.array(z.looseObject({ academicWeekReference: looseRef({ schoolId: int64, weekIdentifier: z.string() }) })).optional(),
  beginDate: z.iso.date(),
  endDate: z.iso.date(),
  gradingPeriods: z
    .array(
      z.looseObject({
        gradingPeriodReference: looseRef({
          gradingPeriodDescriptor: z.string(),
          gradingPeriodName: z.string(),
          schoolId: int64,
          schoolYear: int32,
        }),
      }),
    )
    .optional(),
  termDescriptor: z.string(),
  totalInstructionalDays: int32,
  _etag: z.string().optional(),
  _lastModifiedDate: z.iso.datetime({ offset: true, local: true }).optional(),
})

export const sessionListSchema = z.array(sessionSchema)

export type Session = z.infer<typeof sessionSchema>

/** The ODS refuses an id in a POST body. */
export type SessionBody = Omit<z.input<typeof sessionResourceSchema>, 'id' | '_etag' | '_lastModifiedDate'>

export interface SessionKey {
  schoolId: number
  schoolYear: number
  sessionName: string
}

export function sessionKeyOf(session: SessionBody): SessionKey {
  return {
    schoolId: session.schoolReference.schoolId,
    schoolYear: session.schoolYearTypeReference.schoolYear,
    sessionName: session.sessionName,
  }
}

export function sameSessionKey(a: SessionKey, b: SessionKey): boolean {
  return a.schoolId === b.schoolId && a.schoolYear === b.schoolYear && a.sessionName === b.sessionName
}

const withoutLink = <T extends { link?: unknown }>({ link: _link, ...rest }: T): Omit<T, 'link'> => rest

const KNOWN_MEMBERS = new Set([...Object.keys(sessionResourceSchema.shape), 'link'])

export function unknownMembersOf(session: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(session).filter(([name]) => !KNOWN_MEMBERS.has(name)))
}

export function toSessionBody(session: SessionBody & { id?: string; _etag?: string; _lastModifiedDate?: string }): SessionBody {
  const body: SessionBody = {
    ...unknownMembersOf(session),
    sessionName: session.sessionName,
    schoolReference: withoutLink(session.schoolReference),
    schoolYearTypeReference: withoutLink(session.schoolYearTypeReference),
    beginDate: session.beginDate,
    endDate: session.endDate,
    termDescriptor: session.termDescriptor,
    totalInstructionalDays: session.totalInstructionalDays,
  }
  if (session.academicWeeks)
    body.academicWeeks = session.academicWeeks.map((w) => ({ academicWeekReference: withoutLink(w.academicWeekReference) }))
  if (session.gradingPeriods)
    body.gradingPeriods = session.gradingPeriods.map((g) => ({ gradingPeriodReference: withoutLink(g.gradingPeriodReference) }))
  return body
}

export const sessionTrackedKeySchema = z.object({
  sessionName: sessionName.optional(),
  schoolId: int64.optional(),
  schoolYear: int32.optional(),
})

export const sessionDeleteSchema = z.object({
  id: z.string().optional(),
  changeVersion: z.number().optional(),
  keyValues: sessionTrackedKeySchema.optional(),
})

export const sessionKeyChangeSchema = z.object({
  id: z.string().optional(),
  changeVersion: z.number().optional(),
  oldKeyValues: sessionTrackedKeySchema.optional(),
  newKeyValues: sessionTrackedKeySchema.optional(),
})

export const sessionDeleteListSchema = z.array(sessionDeleteSchema)
export const sessionKeyChangeListSchema = z.array(sessionKeyChangeSchema)

export type SessionDelete = z.infer<typeof sessionDeleteSchema>
export type SessionKeyChange = z.infer<typeof sessionKeyChangeSchema>

export const partitionsSchema = z.object({ pageTokens: z.array(z.string()).optional() })

export const availableChangeVersionsSchema = z.object({ oldestChangeVersion: int64, newestChangeVersion: int64 })

export type AvailableChangeVersions = z.infer<typeof availableChangeVersionsSchema>
