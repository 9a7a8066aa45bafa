import { lazy, Suspense, useState } from 'react';
import type { Translate } from '../i18n/translate';
import { DataTable } from '../ui/data-table';
import type { ChartModel } from './chart-registry';

const EChart = lazy(() => import('./echart'));

/** Caption, chart (named by the caption) and the same numbers as a table behind a toggle. */
export function ChartFigure({ id, model, t }: { id: string; model: ChartModel; t: Translate }) {
  const [open, setOpen] = useState(false);
  const tableId = `${id}-table`;
  if (model.empty) return <p className="chart-caption">{model.caption}</p>;
  return (
    <>
      <p className="chart-caption">{model.caption}</p>
      <div className="chart" role="img" aria-label={model.caption} style={{ height: model.height }}>
        <Suspense fallback={<div className="skeleton" style={{ height: model.height }} />}>
          <EChart option={model.option} />
        </Suspense>
      </div>
      <button
        type="button"
        className="table-toggle"
        aria-expanded={open}
        aria-controls={tableId}
        onClick={() => setOpen((o) => !o)}
      >
        {t(open ? 'ui.table.hide' : 'ui.table.show')}
      </button>
      <DataTable id={tableId} caption={model.caption} table={model.table} hidden={!open} />
    </>
  );
}
