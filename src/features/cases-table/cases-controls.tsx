import { useId, type Ref } from 'react';
import { useT } from '../../store/use-t';

export interface CasesControlsProps {
  query: string;
  station: string;
  stations: readonly { value: string; label: string }[];
  onQueryChange(query: string): void;
  onStationChange(station: string): void;
  searchRef?: Ref<HTMLInputElement>;
}

export function CasesControls({
  query,
  station,
  stations,
  onQueryChange,
  onStationChange,
  searchRef,
}: CasesControlsProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="cases-controls">
      <div className="cases-field">
        <label htmlFor={`${id}-q`}>{t('cases.search')}</label>
        <input
          id={`${id}-q`}
          ref={searchRef}
          type="search"
          value={query}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onQueryChange(e.target.value)}
        />
        <small id={`${id}-hint`}>{t('cases.searchHint')}</small>
      </div>
      <div className="cases-field">
        <label htmlFor={`${id}-s`}>{t('cases.station')}</label>
        <select id={`${id}-s`} value={station} onChange={(e) => onStationChange(e.target.value)}>
          <option value="">{t('cases.stationAll')}</option>
          {stations.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
