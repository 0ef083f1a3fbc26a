import type { TrackedKey } from '../feed-entry.ts'

const MEMBERS: [keyof TrackedKey, string][] = [
  ['sessionName', 'Session name'],
  ['schoolId', 'School'],
  ['schoolYear', 'School year'],
]

export function KeyDiff({
  oldKey,
  newKey,
  schoolName,
}: {
  oldKey: TrackedKey
  newKey: TrackedKey
  schoolName: (id: number | undefined) => string
}) {
  const show = (member: keyof TrackedKey, key: TrackedKey) =>
    member === 'schoolId' ? schoolName(key.schoolId) : String(key[member] ?? '—')
  return (
    <dl className="key-diff">
      {MEMBERS.map(([member, label]) => {
        const before = show(member, oldKey)
        const after = show(member, newKey)
        return (
          <div key={member} className="key-diff-row">
            <dt>{label}</dt>
            <dd>
              {before === after ? (
                <span>{after}</span>
              ) : (
                <>
                  <del>
                    <span className="visually-hidden">was </span>
                    {before}
                  </del>{' '}
                  <span aria-hidden="true">→</span>{' '}
                  <ins>
                    <span className="visually-hidden">now </span>
                    {after}
                  </ins>
                </>
              )}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}
