import { useId } from 'react';
import { useT } from '../../store/use-t';

/** What the snippet dialog lets a host choose beyond the dashboard's own view. */
export interface EmbedFlags {
  plain: boolean;
  transparent: boolean;
  /** theme=auto: the frame follows the reader's prefers-color-scheme. */
  auto: boolean;
}

export const NO_FLAGS: EmbedFlags = { plain: false, transparent: false, auto: false };

const NAMES = ['plain', 'transparent', 'auto'] as const;

export function EmbedFlagsFieldset({
  flags,
  onChange,
}: {
  flags: EmbedFlags;
  onChange: (next: EmbedFlags) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="embed-dialog__flags">
      <legend>{t('embed.options')}</legend>
      {NAMES.map((name) => (
        <div key={name} className="embed-dialog__flag">
          <input
            type="checkbox"
            id={`${id}-${name}`}
            checked={flags[name]}
            onChange={(e) => onChange({ ...flags, [name]: e.currentTarget.checked })}
          />
          <label htmlFor={`${id}-${name}`}>{t(`embed.flag.${name}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
