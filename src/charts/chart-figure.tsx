import { lazy, Suspense, useState } from 'react';
import type { Translate } from '../i18n/translate';
import { DataTable } from '../ui/data-table';
import type { ChartModel } from './chart-registry';

const EChart = lazy(() => import('./echart'));

/**
 * Caption, chart (named by the caption) and the same numbers as a table behind a toggle.
 * The board passes `tableOpen` so a permalink can open the table; otherwise it is local.
 */
export function ChartFigure({
  id,
  model,
  t,
  tableOpen,
  onTableToggle,
}: {
  id: string;
  model: ChartModel;
  t: Translate;
  tableOpen?: boolean;
  onTableToggle?: (open: boolean) => void;
}) {
  const [localOpen, setLocalOpen] = useState(false);
  const open = tableOpen ?? localOpen;
  const toggle = () => (onTableToggle ? onTableToggle(!open) : setLocalOpen(!open));
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
        onClick={toggle}
      >
        {t(open ? 'ui.table.hide' : 'ui.table.show')}
      </button>
      <DataTable id={tableId} caption={model.caption} table={model.table} hidden={!open} />
    </>
  );
}
