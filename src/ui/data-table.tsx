import type { TableData } from '../core/table-data';
import './ui.css';

export function DataTable({
  id,
  caption,
  table,
  hidden,
}: {
  id: string;
  caption: string;
  table: TableData;
  hidden?: boolean;
}) {
  return (
    // Focusable by script, so a reader who asks for the table from the chart lands in it.
    <div className="data-table" id={id} hidden={hidden} tabIndex={-1}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.head.map((h, i) => (
              <th key={i} scope="col" className={table.numeric[i] ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c} className={table.numeric[c] ? 'num' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
