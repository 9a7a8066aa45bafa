import { citationText, type Citation } from '../i18n/citations';
import './ui.css';

/** Where a figure comes from, what it counts and when it was read. */
export function SourceNote({
  labels,
  citations,
  definition,
  asOf,
  revised,
}: {
  labels: { source: string; definition: string };
  citations: readonly Citation[];
  definition: string | undefined;
  asOf: string | undefined;
  /** "Revised on …" when the published figures replaced an earlier version. */
  revised?: string;
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
                  {citationText(c)}
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
      {revised && <p className="revised">{revised}</p>}
    </div>
  );
}
