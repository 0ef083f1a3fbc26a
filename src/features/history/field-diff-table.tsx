import type { FieldChange } from './field-diff.ts'
import { TableHead } from '../../components/ui/table-head.tsx'

export function FieldDiffTable({ changes, caption }: { changes: readonly FieldChange[]; caption: string }) {
  return (
    <table className="data-table field-diff">
      <caption>{caption}</caption>
      <TableHead columns={['Field', 'Before', 'After']} />
      <tbody>
        {changes.map((change) =>
          !change.changed ? (
            // A key part that stayed the same (a rename within one school): shown, not marked.
            <tr key={change.field}>
              <th scope="row">{change.label}</th>
              <td>{change.before || '(empty)'}</td>
              <td>{change.after || '(empty)'}</td>
            </tr>
          ) : (
            <tr key={change.field}>
              <th scope="row">{change.label}</th>
              <td>{change.before === undefined ? <span className="muted">(none)</span> : <del>{change.before || '(empty)'}</del>}</td>
              <td>{change.after === undefined ? <span className="muted">(none)</span> : <ins>{change.after || '(empty)'}</ins>}</td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  )
}
