/** A column heading; `numeric` right-aligns it over its figures. `false` leaves a column out. */
export type Column = string | { label: string; numeric: true } | false

export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          if (column === false) return null
          const label = typeof column === 'string' ? column : column.label
          return (
            <th key={label} scope="col" className={typeof column === 'string' ? undefined : 'num'}>
              {label}
            </th>
          )
        })}
      </tr>
    </thead>
  )
}
