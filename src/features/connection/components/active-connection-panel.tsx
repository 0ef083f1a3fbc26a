import { useQuery } from '@tanstack/react-query'
import { ApiErrorAlert } from '../../../components/ui/api-error-alert.tsx'
import { useActiveConnection, useTokenStatus } from '../../../shared/connection/connection-context.tsx'
import { connectionQueries } from '../../../shared/connection/connection-queries.ts'
import { ConnectionReportView, TokenStatusText } from './connection-report-view.tsx'
import { RouteValuesForm } from './route-values-form.tsx'

export function ActiveConnectionPanel({ onEnterSecret }: { onEnterSecret: () => void }) {
  const { profile, connection } = useActiveConnection()
  const check = useQuery(connectionQueries.check(connection))
  const token = useTokenStatus(connection)

  return (
    <section className="panel" aria-labelledby="active-connection-heading">
      <h2 id="active-connection-heading">In use: {profile.name}</h2>
      <p className="muted">
        <code>{profile.apiRoot}</code> as client <code>{profile.clientKey}</code>
      </p>
      <div aria-live="polite">
        {check.isFetching && (
          <p className="status" role="status">
            Checking the connection…
          </p>
        )}
        {!check.isFetching && check.data && (
          <p className="connection-ok" role="status">
            Connected. The server answered as an Ed-Fi API and accepted the key and secret.
          </p>
        )}
      </div>
      <RouteValuesForm />
      {check.isError && !check.isFetching && <ApiErrorAlert error={check.error} heading="Could not connect" />}
      {check.data && <ConnectionReportView report={check.data} />}
      <p className="token-status">
        <TokenStatusText status={token} />
      </p>
      <div className="form-actions">
        <button type="button" disabled={check.isFetching} onClick={() => void check.refetch()}>
          Test the connection in use
        </button>
        {profile.secret === 'missing' && (
          <button type="button" className="primary" onClick={onEnterSecret}>
            Enter the secret
          </button>
        )}
      </div>
    </section>
  )
}
