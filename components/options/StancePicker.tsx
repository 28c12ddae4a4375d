/** Door open or clean break after a rejection: each stance explained in a line, with its source. */
import { useId } from 'react';
import { STANCES } from '../../lib/core/advice/sources';
import type { Stance } from '../../lib/core/timeline/types';
import { sourceLabel, stanceExplain, stanceLabel } from '../../lib/ui-text/labels';
import { t } from '../../lib/ui-text/i18n';

export interface StancePickerProps {
  value: Stance | null;
  onChange(stance: Stance): void;
  legend: string;
  /** Shown as the extra choice "Use my default" when set (the per-application switch). */
  defaultLabel?: string;
  onUseDefault?(): void;
}

export function StancePicker({ value, onChange, legend, defaultLabel, onUseDefault }: StancePickerProps) {
  const name = useId();
  return (
    <fieldset className="stances">
      <legend>{legend}</legend>
      {onUseDefault && defaultLabel && (
        <label className="stance">
          <input type="radio" name={name} checked={value === null} onChange={onUseDefault} />
          <span>
            <strong>{defaultLabel}</strong>
          </span>
        </label>
      )}
      {Object.values(STANCES).map((stance) => (
        <label key={stance.id} className="stance">
          <input type="radio" name={name} value={stance.id} checked={value === stance.id} onChange={() => onChange(stance.id)} />
          <span>
            <strong>{stanceLabel(stance.id)}</strong>
            <span className="stance-explain">{stanceExplain(stance.id)}</span>
            <span className="source">{t('source_line', { source: sourceLabel(stance.source) })}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
