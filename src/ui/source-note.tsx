import './ui.css';

export interface Citation {
  title: string;
  author: string;
  date: string;
}

/** Where a figure comes from, what it counts and when it was read. */
export function SourceNote({
  labels,
  citations,
  definition,
  asOf,
}: {
  labels: { source: string; definition: string };
  citations: readonly Citation[];
  definition: string | undefined;
  asOf: string | undefined;
}) {
  return (
    <div className="source-note">
      <dl>
        {citations.length > 0 && (
          <div>
            <dt>{labels.source}</dt>
            <dd>
              {citations.map((c, i) => (
                <span className="citation" key={i}>
                  {c.title} · {c.author} · {c.date}
                </span>
              ))}
            </dd>
          </div>
        )}
        {definition && (
          <div>
            <dt>{labels.definition}</dt>
            <dd>{definition}</dd>
          </div>
        )}
      </dl>
      {/* A blank line while loading keeps the panel from growing when the time arrives. */}
      <p className="as-of">{asOf ?? '\u00a0'}</p>
    </div>
  );
}
