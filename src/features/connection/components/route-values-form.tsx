import { useQuery } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { routePlaceholders } from '../../../lib/edfi/capabilities.ts'
import { useActiveConnection, useRouteValues } from '../../../shared/connection/connection-context.tsx'
import { YEAR_PLACEHOLDERS } from '../../../shared/connection/route-values-store.ts'

// Tenant and instance routes: discovery shows {tenantIdentifier} or {instance} where the server
// needs a value the app cannot know. The steward types it here (the school year has the header).

const LABELS: Record<string, string> = { tenantIdentifier: 'Tenant', instance: 'Instance', tenant: 'Tenant', districtId: 'District' }

export function RouteValuesForm() {
  const { connection } = useActiveConnection()
  const placeholders = useQuery({
    queryKey: ['connection', 'placeholders', connection.id],
    queryFn: async () => routePlaceholders((await connection.discovery()).urls),
    staleTime: Infinity,
  })
  const names = (placeholders.data ?? []).filter((name) => !(YEAR_PLACEHOLDERS as readonly string[]).includes(name))
  if (names.length === 0) return null
  return <RouteValuesFields key={connection.id} names={names} />
}

function RouteValuesFields({ names }: { names: string[] }) {
  const id = useId()
  const { values, set } = useRouteValues()
  const [draft, setDraft] = useState<Record<string, string>>(() => Object.fromEntries(names.map((name) => [name, values[name] ?? ''])))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    for (const name of names) if ((draft[name] ?? '') !== (values[name] ?? '')) set(name, draft[name] ?? '')
  }
  return (
    <form className="route-values" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>This server’s addresses need a value</h3>
      <p className="form-hint">
        The server lists its addresses with a part that names your organization; enter it as your administrator gave it.
      </p>
      {names.map((name) => (
        <p key={name}>
          <label htmlFor={`${id}-${name}`}>{LABELS[name] ?? name}</label>{' '}
          <input id={`${id}-${name}`} value={draft[name] ?? ''} onChange={(event) => setDraft({ ...draft, [name]: event.target.value })} />
        </p>
      ))}
      <button type="submit">Use these values</button>
    </form>
  )
}
