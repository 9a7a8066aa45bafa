import { useState } from 'react';
import type { Translate } from '../i18n/translate';
import { DataTable } from '../ui/data-table';
import { ChartBox } from './chart-box';
import type { ChartModel } from './chart-registry';

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
      <ChartBox id={id} model={model} />
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
