import { z } from 'zod'

// Wire schemas of the sessions contract (../shared/edfi/sessions-openapi.json, ODS/API v7.3 with
// Data Standard 5.2), one per component schema, with its constraints. session-schema.test.ts reads
// the constraints out of the OpenAPI document, so a contract change fails a test here.
// Dates stay the date-only strings the API sends ("2021-08-23"): a Date at UTC midnight shows the
// day before in US time zones. The contract schemas drop unknown members (e.g. `_ext`); the read
// schema (sessionSchema) keeps them.

/** `format: int64` ids (schoolId): JavaScript holds them exactly up to 2^53, far above any Ed-Fi id. */
const int64 = z.number().int()
const int32 = z.int32()
/** Descriptors travel as URIs (`uri://ed-fi.org/TermDescriptor#Fall Semester`), at most 306 characters. */
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

/** A reference to a session from another resource (course offerings, sections). */
export const sessionReferenceSchema = z.object({ schoolId: int64, schoolYear: int32, sessionName, link: linkSchema.optional() })

/** edFi_session exactly as the contract defines it: `id` is optional because bodies sent to POST omit it. */
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

/**
 * A session as GET returns it, from any Ed-Fi server: always with its resource id, but read as
 * sent (docs/research/edfi-versions.md): lengths are not enforced (another data standard may allow
 * longer names) and members this app does not know are kept, so a save writes them back. The
 * contract's limits above apply to what the app writes.
 */
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

/** What POST and PUT send: the resource without id and metadata (the ODS refuses an id in a POST body). */
export type SessionBody = Omit<z.input<typeof sessionResourceSchema>, 'id' | '_etag' | '_lastModifiedDate'>

/** The natural key: POST upserts by it, PUT may change it (Session allows key changes). */
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

/**
 * The body to send for a record: id, _etag, _lastModifiedDate and read-only `link`s removed, so a
 * record read from the API (or a Session typed loosely) can be written back as is.
 */
const KNOWN_MEMBERS = new Set([...Object.keys(sessionResourceSchema.shape), 'link'])

/** Top-level members this app does not know (`_ext` extensions, a newer standard's members): kept on save. */
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

// ---- Change queries ---------------------------------------------------------------------------

/** trackedChanges_edFi_sessionKey: every member optional in the contract. */
export const sessionTrackedKeySchema = z.object({
  sessionName: sessionName.optional(),
  schoolId: int64.optional(),
  schoolYear: int32.optional(),
})

/** trackedChanges_edFi_sessionDelete: the key values of a deleted session (there are no old values). */
export const sessionDeleteSchema = z.object({
  id: z.string().optional(),
  changeVersion: z.number().optional(),
  keyValues: sessionTrackedKeySchema.optional(),
})

/** trackedChanges_edFi_sessionKeyChange: first old key and last new key within the change-version window. */
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

/** The Partitions response: one page token per partition (`[]` when nothing matches). */
export const partitionsSchema = z.object({ pageTokens: z.array(z.string()).optional() })

/** availableChangeVersion (change-queries-api 1.0.0): the window a change query may ask for. */
export const availableChangeVersionsSchema = z.object({ oldestChangeVersion: int64, newestChangeVersion: int64 })

export type AvailableChangeVersions = z.infer<typeof availableChangeVersionsSchema>
