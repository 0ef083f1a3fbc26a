import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { useId, useState, type FormEvent } from 'react'
import type { SessionFilters } from '../../entities/sessions/session-params.ts'
import { matchNames, NAME_SEARCH_LIMIT } from './match-names.ts'
import { nameSearchQueries } from './name-search-queries.ts'
import './name-search.css'

interface NameSearchProps {
  filters: SessionFilters
  snapshot: boolean
}

const n = (value: number) => value.toLocaleString('en-US')

/** "Name contains" over the whole filtered set, when it is small enough to read into the browser. */
export function NameSearch({ filters, snapshot }: NameSearchProps) {
  const id = useId()
  const [text, setText] = useState('')
  const [searched, setSearched] = useState<string | undefined>(undefined)
  const source = { filters, snapshot }
  const count = useQuery(nameSearchQueries.count(source))
  const small = count.data !== undefined && count.data <= NAME_SEARCH_LIMIT
  const all = useQuery({ ...nameSearchQueries.wholeSet(source), enabled: small && searched !== undefined })
  const matches = searched !== undefined && all.data ? matchNames(all.data, searched) : undefined
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setSearched(text.trim() || undefined)
  }

  if (count.data === undefined) return null
  if (!small)
    return (
      <p className="name-search-note">
        Searching for part of a name is offered up to {n(NAME_SEARCH_LIMIT)} sessions, because the Ed-Fi API only matches whole names and
        the search has to read every session into your browser. These filters match {n(count.data)}: narrow them by school or school year
        first.
      </p>
    )
  return (
    <section className="name-search" aria-labelledby={`${id}-heading`}>
      <form onSubmit={submit} role="search" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="visually-hidden">
          Find by part of the name
        </h2>
        <label htmlFor={`${id}-text`}>Name contains</label>
        <input
          id={`${id}-text`}
          type="search"
          placeholder="searched in your browser"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-hint`}
        />
        <button type="submit">Search</button>
        {searched !== undefined && (
          <button type="button" onClick={() => (setText(''), setSearched(undefined))}>
            Clear
          </button>
        )}
        <p id={`${id}-hint`} className="visually-hidden">
          Searches all {n(count.data)} sessions these filters match, in your browser; upper and lower case are the same.
        </p>
      </form>
      {all.isFetching && <p role="status">Reading {n(count.data)} sessions…</p>}
      {all.error && <p className="form-error">The sessions could not be read: {all.error.summary}</p>}
      {matches && (
        <div role="status">
          <p>
            {matches.length === 0
              ? `No session name contains “${searched}”.`
              : `${n(matches.length)} of ${n(all.data!.length)} session names contain “${searched}”:`}
          </p>
          {matches.length > 0 && (
            <ul className="name-search-results">
              {matches.slice(0, 200).map((s) => (
                <li key={s.id}>
                  <Link to="/sessions/$sessionId" params={{ sessionId: s.id }}>
                    {s.sessionName}
                  </Link>{' '}
                  <span className="muted">
                    ({s.schoolYearTypeReference.schoolYear}, school {s.schoolReference.schoolId})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  )
}
