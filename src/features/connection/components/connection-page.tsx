import { useRef, useState } from 'react'
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx'
import { useProfileStore, useProfiles } from '../../../shared/connection/connection-context.tsx'
import { useTestConnection } from '../../../shared/connection/connection-queries.ts'
import { emptyProfileForm, type ProfileFormValues } from '../profile-form-schema.ts'
import type { ConnectionProfile } from '../../../shared/connection/profile-store.ts'
import { ActiveConnectionPanel } from './active-connection-panel.tsx'
import { ConnectionReportView } from './connection-report-view.tsx'
import { ProfileForm } from './profile-form.tsx'
import { ProfileList } from './profile-list.tsx'

type Editor = { kind: 'add' } | { kind: 'edit'; profile: ConnectionProfile; focusSecret: boolean }

export function ConnectionPage() {
  const store = useProfileStore()
  const { profiles, activeId } = useProfiles()
  const [editor, setEditor] = useState<Editor>()
  const [announcement, setAnnouncement] = useState('')
  const test = useTestConnection()
  const listHeading = useRef<HTMLHeadingElement>(null)

  const open = (next: Editor) => {
    test.reset()
    setAnnouncement('')
    setEditor(next)
  }
  const close = (message = '') => {
    test.reset()
    setEditor(undefined)
    setAnnouncement(message)
    listHeading.current?.focus()
  }

  const editing = editor?.kind === 'edit' ? editor.profile : undefined
  const takenNames = profiles.filter((p) => p.id !== editing?.id).map((p) => p.name)

  function save(values: ProfileFormValues, { connect }: { connect: boolean }) {
    const id = editing ? editing.id : store.add(values)
    if (editing) store.update(id, values)
    if (connect) store.activate(id)
    close(`Saved “${values.name}”${connect ? ' and connected to it' : ''}.`)
  }

  function runTest(values: ProfileFormValues) {
    // Editing without retyping the secret tests with the one already entered.
    const clientSecret = values.clientSecret || (editing ? store.settings(editing.id).clientSecret : '')
    test.mutate({ apiRoot: values.apiRoot, clientKey: values.clientKey, clientSecret })
  }

  function connect(profile: ConnectionProfile) {
    if (profile.secret === 'missing') return open({ kind: 'edit', profile, focusSecret: true })
    store.activate(profile.id)
    setAnnouncement(`Connected to “${profile.name}”.`)
  }

  function remove(profile: ConnectionProfile) {
    store.remove(profile.id)
    close(`Removed “${profile.name}”.`)
  }

  const activeProfile = profiles.find((p) => p.id === activeId)

  return (
    <section className="page connection-page" aria-labelledby="connection-heading">
      <title>Connection · Ed-Fi Sessions Steward</title>
      <h1 id="connection-heading">Connection</h1>
      <p className="page-lead">Which Ed-Fi API this app works with, and as which API client (key and secret).</p>

      <ActiveConnectionPanel onEnterSecret={() => activeProfile && open({ kind: 'edit', profile: activeProfile, focusSecret: true })} />

      <section className="panel" aria-labelledby="secrets-heading">
        <h2 id="secrets-heading">Where your secrets are kept</h2>
        <p>
          Connection names, API roots and client keys are saved in this browser. Client secrets are <strong>never saved there</strong>: a
          secret stays in this page’s memory and is forgotten when you reload or close it, unless you tick “Remember the secret for this
          tab”, which keeps it in this tab’s sessionStorage until the tab closes.
        </p>
        <p>
          The “Embedded demo API” uses the public Ed-Fi demo client, whose secret is published and built into the app; it is not a secret.
        </p>
      </section>

      <section className="panel" aria-labelledby="profiles-heading">
        <h2 id="profiles-heading" ref={listHeading} tabIndex={-1}>
          Connections
        </h2>
        <p className="status" role="status">
          {announcement}
        </p>
        <ProfileList
          profiles={profiles}
          activeId={activeId}
          onConnect={connect}
          onEdit={(profile) => open({ kind: 'edit', profile, focusSecret: false })}
          onRemove={remove}
        />
        {!editor && (
          <button type="button" className="primary" onClick={() => open({ kind: 'add' })}>
            Add a connection
          </button>
        )}
      </section>

      {editor && (
        <section className="panel" aria-labelledby="profile-form-heading" key={editing?.id ?? 'new'}>
          <h2 id="profile-form-heading">{editing ? `Edit “${editing.name}”` : 'Add a connection'}</h2>
          <ProfileForm
            defaultValues={
              editing
                ? {
                    name: editing.name,
                    apiRoot: editing.apiRoot,
                    clientKey: editing.clientKey,
                    clientSecret: '',
                    rememberSecret: editing.secret === 'tab',
                  }
                : emptyProfileForm
            }
            secretKnown={editing !== undefined && editing.secret !== 'missing'}
            takenNames={takenNames}
            focusSecret={editor.kind === 'edit' && editor.focusSecret}
            onSave={save}
            onCancel={() => close()}
            onTest={runTest}
            testing={test.isPending}
          >
            <div aria-live="polite">
              {test.isSuccess && (
                <div className="connection-test-result">
                  <p className="connection-ok">Test passed: the server answered as an Ed-Fi API and accepted the key and secret.</p>
                  <ConnectionReportView report={test.data} />
                </div>
              )}
            </div>
            {test.isError && <ApiErrorAlert error={test.error} heading="Connection test failed" />}
          </ProfileForm>
        </section>
      )}
    </section>
  )
}
