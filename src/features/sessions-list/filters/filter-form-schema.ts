import { z } from 'zod'
import { isDateOnly, type Narrowing } from '../../../entities/sessions/sessions-search.ts'

const digits = (message: string) => z.string().trim().regex(/^\d*$/, message)
const optionalNumber = (value: string) => (value === '' ? undefined : Number(value))
const optionalText = (value: string) => (value === '' ? undefined : value)

export const filterFormSchema = z
  .object({
    schoolId: z.string(),
    schoolYear: z.string(),
    sessionName: z.string().trim().max(60, 'A session name has at most 60 characters.'),
    termDescriptor: z.string(),
    beginDate: z.string().refine((v) => v === '' || isDateOnly(v), 'Enter a date, or leave it empty.'),
    endDate: z.string().refine((v) => v === '' || isDateOnly(v), 'Enter a date, or leave it empty.'),
    totalInstructionalDays: digits('Enter a whole number of days (0 or more), or leave it empty.'),
    id: z.string().trim().max(64, 'A resource id has at most 64 characters.'),
    minChangeVersion: digits('Enter a whole number (0 or more), or leave it empty.'),
    maxChangeVersion: digits('Enter a whole number (0 or more), or leave it empty.'),
  })
  .refine((v) => v.minChangeVersion === '' || v.maxChangeVersion === '' || Number(v.minChangeVersion) <= Number(v.maxChangeVersion), {
    path: ['maxChangeVersion'],
    message: 'The highest change version cannot be below the lowest.',
  })
  .transform((v): Narrowing => ({
    schoolId: optionalNumber(v.schoolId),
    schoolYear: optionalNumber(v.schoolYear),
    sessionName: optionalText(v.sessionName),
    termDescriptor: optionalText(v.termDescriptor),
    beginDate: optionalText(v.beginDate),
    endDate: optionalText(v.endDate),
    totalInstructionalDays: optionalNumber(v.totalInstructionalDays),
    id: optionalText(v.id),
    minChangeVersion: optionalNumber(v.minChangeVersion),
    maxChangeVersion: optionalNumber(v.maxChangeVersion),
  }))

export type FilterFormInput = z.input<typeof filterFormSchema>

const str = (value: string | number | undefined) => (value === undefined ? '' : String(value))

export function toFilterFormInput(n: Narrowing): FilterFormInput {
  return {
    schoolId: str(n.schoolId),
    schoolYear: str(n.schoolYear),
    sessionName: str(n.sessionName),
    termDescriptor: str(n.termDescriptor),
    beginDate: str(n.beginDate),
    endDate: str(n.endDate),
    totalInstructionalDays: str(n.totalInstructionalDays),
    id: str(n.id),
    minChangeVersion: str(n.minChangeVersion),
    maxChangeVersion: str(n.maxChangeVersion),
  }
}
