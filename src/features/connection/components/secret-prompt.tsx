import { useId, useState, type FormEvent } from 'react'
import { useActiveConnection, useProfileStore } from '../../../shared/connection/connection-context.tsx'
import { DEMO_PROFILE_ID } from '../../../shared/connection/profile-store.ts'
import { InputField } from '../../../components/ui/field.tsx'

/**
 * After a reload, a saved profile whose secret was not kept cannot read anything: instead of
 * screens that fail one request at a time, the app asks for the secret first (or offers the
 * demo API). The secret goes to the profile store only, never to a URL or localStorage.
 */
export function SecretPrompt() {
  const { profile } = useActiveConnection()
  const store = useProfileStore()
  const [secret, setSecret] = useState('')
  const [remember, setRemember] = useState(false)
  const [error, setError] = useState<string | undefined>(undefined)
  const rememberId = useId()
  const headingId = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!secret) return setError('Enter the secret to connect.')
    store.update(profile.id, {
      name: profile.name,
      apiRoot: profile.apiRoot,
      clientKey: profile.clientKey,
      clientSecret: secret,
      rememberSecret: remember,
    })
  }

  return (
    <section className="page secret-prompt" aria-labelledby={headingId}>
      <h1 id={headingId}>Enter the secret for “{profile.name}”</h1>
      <p className="page-lead">
        Secrets are not kept after the page is reloaded unless you ask for that. Enter it again to see this connection’s sessions.
      </p>
      <form className="secret-prompt-form" noValidate onSubmit={submit}>
        <InputField
          label="Client secret"
          type="password"
          autoComplete="off"
          autoFocus
          value={secret}
          error={error}
          onChange={(event) => {
            setSecret(event.target.value)
            setError(undefined)
          }}
        />
        <div className="form-check">
          <input id={rememberId} type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />
          <label htmlFor={rememberId}>Keep it until this tab is closed</label>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            Connect
          </button>
          <button type="button" onClick={() => store.activate(DEMO_PROFILE_ID)}>
            Use the demo API instead
          </button>
        </div>
      </form>
    </section>
  )
}
