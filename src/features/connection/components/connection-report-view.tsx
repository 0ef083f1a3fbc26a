import type { ConnectionReport } from '../../../shared/connection/inspect-connection.ts'
import { CapabilityList } from './capability-list.tsx'
import type { TokenStatus } from '../../../shared/connection/token-source.ts'

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' })

export function formatTime(epochMs: number): string {
  return timeFormat.format(epochMs)
}

export function ConnectionReportView({ report }: { report: ConnectionReport }) {
  const models = report.dataModels.map((m) => `${m.name} ${m.version}`).join(', ')
  return (
    <dl className="facts connection-report">
      <dt>Server</dt>
      <dd>
        {report.applicationName ?? 'Ed-Fi API'}
        {report.build && <span className="muted"> (build {report.build})</span>}
      </dd>
      <dt>API version</dt>
      <dd>{report.apiVersion ?? 'not stated'}</dd>
      <dt>Data model</dt>
      <dd>{models || 'not stated'}</dd>
      <dt>Data URL</dt>
      <dd>
        <code>{report.urls.dataManagementApi}</code>
      </dd>
      <dt>OAuth token URL</dt>
      <dd>
        <code>{report.urls.oauth}</code>
      </dd>
      <dt>Change queries URL</dt>
      <dd>
        <code>{report.urls.changeQueries}</code>
        {!report.urls.changeQueriesListed && <span className="muted"> (not listed by the server; the ODS/API default is assumed)</span>}
      </dd>
      {report.capabilities && (
        <>
          <dt>What it can do</dt>
          <dd>
            <CapabilityList capabilities={report.capabilities} formLimits={report.formLimits} />
          </dd>
        </>
      )}
    </dl>
  )
}

export function TokenStatusText({ status }: { status: TokenStatus }) {
  switch (status.state) {
    case 'none':
      return <>No access token yet: one is requested with the first request.</>
    case 'requesting':
      return <>Requesting an access token…</>
    case 'failed':
      return <>No access token: the last request for one failed.</>
    case 'valid':
      return (
        <>
          Access token valid until {formatTime(status.expiresAt ?? 0)}; a new one is requested automatically
          {status.renewsAt ? ` from ${formatTime(status.renewsAt)}` : ''}.
        </>
      )
  }
}
