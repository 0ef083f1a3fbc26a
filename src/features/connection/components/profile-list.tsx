import { useState } from 'react'
import type { ConnectionProfile } from '../../../shared/connection/profile-store.ts'

const secretText: Record<ConnectionProfile['secret'], string> = {
  'built-in': 'the public demo secret, built into the app',
  memory: 'kept in memory until this page is reloaded or closed',
  tab: 'remembered for this tab (sessionStorage), forgotten when the tab closes',
  missing: 'not entered yet',
}

interface ProfileListProps {
  profiles: readonly ConnectionProfile[]
  activeId: string
  onConnect: (profile: ConnectionProfile) => void
  onEdit: (profile: ConnectionProfile) => void
  onRemove: (profile: ConnectionProfile) => void
}

export function ProfileList({ profiles, activeId, onConnect, onEdit, onRemove }: ProfileListProps) {
  const [confirming, setConfirming] = useState<string>()
  return (
    <ul className="profile-list">
      {profiles.map((profile) => {
        const active = profile.id === activeId
        return (
          <li key={profile.id} className="profile-card" aria-current={active ? 'true' : undefined}>
            <h3 className="profile-name">
              {profile.name}
              {active && <span className="badge">In use</span>}
            </h3>
            <dl className="facts profile-facts">
              <dt>API root</dt>
              <dd>
                <code>{profile.apiRoot}</code>
              </dd>
              <dt>Client key</dt>
              <dd>
                <code>{profile.clientKey}</code>
              </dd>
              <dt>Secret</dt>
              <dd>{secretText[profile.secret]}</dd>
            </dl>
            {confirming === profile.id ? (
              <div className="profile-actions" role="group" aria-label={`Remove ${profile.name}?`}>
                <p>Remove “{profile.name}”? Its settings and secret are deleted from this browser.</p>
                <button type="button" className="danger" autoFocus onClick={() => onRemove(profile)}>
                  Remove connection
                </button>
                <button type="button" onClick={() => setConfirming(undefined)}>
                  Keep it
                </button>
              </div>
            ) : (
              <div className="profile-actions">
                {!active && (
                  <button type="button" aria-label={`Connect to ${profile.name}`} onClick={() => onConnect(profile)}>
                    Connect
                  </button>
                )}
                {!profile.builtIn && (
                  <>
                    <button type="button" aria-label={`Edit ${profile.name}`} onClick={() => onEdit(profile)}>
                      Edit
                    </button>
                    <button type="button" aria-label={`Remove ${profile.name}`} onClick={() => setConfirming(profile.id)}>
                      Remove
                    </button>
                  </>
                )}
                {profile.builtIn && <p className="muted">Built in: always available, cannot be changed.</p>}
              </div>
            )}
          </li>
        )
      })}
    </ul>
  )
}
