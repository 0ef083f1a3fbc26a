import { useMemo } from 'react'
import { DS52_FORM_LIMITS, type SessionFormLimits } from '../../entities/sessions/session-form-limits.ts'
import { sessionFormSchemaFor } from '../../entities/sessions/session-form-rules.ts'
import { useConnectionProbe } from './connection-context.tsx'
import { connectionQueries } from './connection-queries.ts'

export function useSessionFormRules(): { limits: SessionFormLimits; schema: ReturnType<typeof sessionFormSchemaFor> } {
  const serverLimits = useConnectionProbe({
    name: 'form-limits',
    key: (c) => connectionQueries.formLimits(c).queryKey,
    read: (c) => c.formLimits(),
  })
  const limits = serverLimits ?? DS52_FORM_LIMITS
  const schema = useMemo(() => sessionFormSchemaFor(limits), [limits])
  return { limits, schema }
}
