import { useQuery } from '@tanstack/react-query'
import { courseOfferingQueries, OFFERINGS_SHOWN } from '../../entities/sessions/course-offerings.ts'
import type { SessionKey } from '../../entities/sessions/session-schema.ts'

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`

export function DependentOfferingsList({ sessionKey }: { sessionKey: SessionKey }) {
  const query = useQuery(courseOfferingQueries.ofSession(sessionKey, OFFERINGS_SHOWN))
  if (query.isPending) return <p className="status">Finding the course offerings that use it…</p>
  if (query.isError) return <p className="form-hint">The course offerings that use it could not be listed ({query.error.summary}).</p>
  const { items, total = items.length } = query.data
  if (items.length === 0) return null
  return (
    <>
      <p>{plural(total, 'course offering uses', 'course offerings use')} this session:</p>
      <ul className="alert-details dependent-offerings">
        {items.map((offering) => (
          <li key={offering.id}>
            {offering.localCourseTitle ?? offering.courseReference?.courseCode ?? 'Course offering'}{' '}
            <span className="muted">(local course code {offering.localCourseCode})</span>
          </li>
        ))}
        {total > items.length && <li>and {plural(total - items.length, 'other', 'others')}</li>}
      </ul>
    </>
  )
}

export function CascadeCount({ sessionKey }: { sessionKey: SessionKey }) {
  const query = useQuery(courseOfferingQueries.ofSession(sessionKey, 0))
  if (query.isPending) return <p className="status">Counting the records that refer to it…</p>
  if (query.isError || query.data.total === undefined)
    return <p>The records that refer to it could not be counted; they are updated all the same.</p>
  const total = query.data.total
  return (
    <p>
      <strong>
        {total === 0
          ? 'No course offerings refer to this session'
          : `${plural(total, 'course offering refers', 'course offerings refer')} to this session and will be updated too`}
      </strong>{' '}
      (records this connection may see).
    </p>
  )
}
