import type { ReactNode } from 'react'
import type { Session } from '../../entities/sessions/session-schema.ts'
import { DateOnly, LastModified, SchoolValue, SchoolYearValue } from '../../entities/sessions/session-cells.tsx'
import { descriptorLabel } from '../../lib/edfi/descriptors.ts'
import { formatTimestamp } from '../../lib/format-values.ts'
import type { SessionLookups } from '../../entities/lookups/use-session-lookups.ts'
import { useDetailsMode } from '../../lib/details-mode.ts'

export function SessionFields({ session, etag, lookups }: { session: Session; etag: string; lookups: SessionLookups }) {
  const details = useDetailsMode()
  const school = session.schoolReference.schoolId
  const year = session.schoolYearTypeReference.schoolYear
  return (
    <dl className="session-fields">
      <Field label="Session name" member="sessionName">
        {session.sessionName}
      </Field>
      <Field label="School" member="schoolReference.schoolId">
        <SchoolValue schoolId={school} name={lookups.schoolName(school)} />
      </Field>
      <Field label="School year" member="schoolYearTypeReference.schoolYear">
        <SchoolYearValue schoolYear={year} description={lookups.yearDescription(year)} />
      </Field>
      <Field label="Term" member="termDescriptor">
        {descriptorLabel(session.termDescriptor)} {details && <code className="uri">{session.termDescriptor}</code>}
      </Field>
      <Field label="Begin date" member="beginDate">
        <DateOnly value={session.beginDate} /> {details && <code>{session.beginDate}</code>}
      </Field>
      <Field label="End date" member="endDate">
        <DateOnly value={session.endDate} /> {details && <code>{session.endDate}</code>}
      </Field>
      <Field label="Total instructional days" member="totalInstructionalDays">
        {session.totalInstructionalDays}
      </Field>
      <Field label="Last modified" member="_lastModifiedDate">
        {session._lastModifiedDate ? (
          <>
            {formatTimestamp(session._lastModifiedDate)} (<LastModified value={session._lastModifiedDate} />){' '}
            {details && <code>{session._lastModifiedDate}</code>}
          </>
        ) : (
          <span className="muted">not sent by the API</span>
        )}
      </Field>
      {details && (
        <>
          <Field label="ETag" member="_etag">
            <code>{session._etag ?? etag}</code>
          </Field>
          <Field label="Resource ID" member="id">
            <code>{session.id}</code>
          </Field>
        </>
      )}
    </dl>
  )
}

function Field({ label, member, children }: { label: string; member: string; children: ReactNode }) {
  const details = useDetailsMode()
  return (
    <div className="session-field">
      <dt>
        {label} {details && <span className="member-name">{member}</span>}
      </dt>
      <dd>{children}</dd>
    </div>
  )
}
