import type { ReactNode } from 'react';
import './ui.css';

export interface PanelProps {
  /** Also `data-panel`, which embeds and browser tests find panels by. */
  id: string;
  title: string;
  /** The period the panel shows, already formatted. */
  period?: string;
  busy?: boolean;
  /** Header buttons such as "Embed". */
  actions?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

export function Panel({ id, title, period, busy, actions, footer, children }: PanelProps) {
  const titleId = `panel-${id}-title`;
  return (
    <section className="panel" data-panel={id} aria-labelledby={titleId} aria-busy={busy}>
      <header className="panel-head">
        <div className="panel-heading">
          <h2 id={titleId}>{title}</h2>
          {period && <p className="panel-period">{period}</p>}
        </div>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      <div className="panel-body">{children}</div>
      {footer && <footer className="panel-foot">{footer}</footer>}
    </section>
  );
}
