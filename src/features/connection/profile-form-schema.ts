import { z } from 'zod'
import { apiRootProblem, normalizeApiRoot } from '../../shared/connection/connection-settings.ts'

export interface ProfileFormContext {
  secretRequired: boolean
  /** Names of the other profiles: two connections with one name cannot be told apart. */
  takenNames: readonly string[]
}

export function createProfileFormSchema({ secretRequired, takenNames }: ProfileFormContext) {
  const taken = new Set(takenNames.map((name) => name.trim().toLowerCase()))
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter a name for this connection.')
      .max(80, 'Use at most 80 characters.')
      .refine((name) => !taken.has(name.toLowerCase()), 'Another connection already has this name.'),
    apiRoot: z
      .string()
      .trim()
      .min(1, 'Enter the API root URL.')
      .superRefine((value, ctx) => {
        const problem = apiRootProblem(value)
        if (problem) ctx.addIssue({ code: 'custom', message: problem })
      })
      .transform(normalizeApiRoot),
    clientKey: z.string().trim().min(1, 'Enter the client key.'),
    // Pasted secrets often carry a trailing newline; Ed-Fi keys and secrets never contain spaces.
    clientSecret: secretRequired ? z.string().trim().min(1, 'Enter the client secret.') : z.string().trim(),
    rememberSecret: z.boolean(),
  })
}

export type ProfileFormSchema = ReturnType<typeof createProfileFormSchema>
export type ProfileFormInput = z.input<ProfileFormSchema>
export type ProfileFormValues = z.output<ProfileFormSchema>

export const emptyProfileForm: ProfileFormInput = { name: '', apiRoot: '', clientKey: '', clientSecret: '', rememberSecret: false }
