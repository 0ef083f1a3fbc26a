import type { ReactNode } from 'react'
import type { Session } from '../../entities/sessions/session-schema.ts'
import { DateOnly, LastModified, SchoolValue, SchoolYearValue } from '../../entities/sessions/session-cells.tsx'
import { descriptorLabel } from '../../lib/edfi/descriptors.ts'
import { formatTimestamp } from '../../lib/format-values.ts'
import type { SessionLookups } from '../../entities/lookups/use-session-lookups.ts'

/** Every scalar member of a session, labelled as people say it, with the API's member name beside it. */
export function SessionFields({ session, etag, lookups }: { session: Session; etag: string; lookups: SessionLookups }) {
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
        {descriptorLabel(session.termDescriptor)} <code className="uri">{session.termDescriptor}</code>
      </Field>
      <Field label="Begin date" member="beginDate">
        <DateOnly value={session.beginDate} /> <code>{session.beginDate}</code>
      </Field>
      <Field label="End date" member="endDate">
        <DateOnly value={session.endDate} /> <code>{session.endDate}</code>
      </Field>
      <Field label="Total instructional days" member="totalInstructionalDays">
        {session.totalInstructionalDays}
      </Field>
      <Field label="Last modified" member="_lastModifiedDate">
        {session._lastModifiedDate ? (
          <>
            {formatTimestamp(session._lastModifiedDate)} (<LastModified value={session._lastModifiedDate} />){' '}
            <code>{session._lastModifiedDate}</code>
          </>
        ) : (
          <span className="muted">not sent by the API</span>
        )}
      </Field>
      <Field label="ETag" member="_etag">
        <code>{session._etag ?? etag}</code>
      </Field>
      <Field label="Resource ID" member="id">
        <code>{session.id}</code>
      </Field>
    </dl>
  )
}

function Field({ label, member, children }: { label: string; member: string; children: ReactNode }) {
  return (
    <div className="session-field">
      <dt>
        {label} <span className="member-name">{member}</span>
      </dt>
      <dd>{children}</dd>
    </div>
  )
}
