import type { NoteLine } from './chart-notes';

/** A chart's annotations, each after the mark (① ②) it carries on the chart. */
export function NoteList({
  notes,
  className,
  label,
}: {
  notes: readonly NoteLine[];
  className?: string;
  label?: string;
}) {
  return (
    <ul className={className} aria-label={label}>
      {notes.map((n) => (
        <li key={n.mark} data-note="">
          <span aria-hidden="true">{n.mark}</span> {n.text}
        </li>
      ))}
    </ul>
  );
}
