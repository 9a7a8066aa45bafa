import type { TableData } from '../core/table-data';

/** Each row of a chart's table as one sentence a screen reader can speak: "大都市圈：2021年（件） 934". */
export function markSummaries(table: TableData): string[] {
  return table.rows.map((row) => {
    const [name = '', ...cells] = row;
    const values = cells.map((cell, i) => `${table.head[i + 1] ?? ''} ${cell}`.trim());
    return `${name}: ${values.join(', ')}`;
  });
}

/** A drawing's <title> (the caption) and <desc> (every mark in words). */
export function svgLabelOf(model: { caption: string; table: TableData }): {
  title: string;
  desc: string;
} {
  return { title: model.caption, desc: markSummaries(model.table).join('; ') };
}
