/**
 * "It is…": a drop-down of the kinds an email could really be, for a correction. It always shows its prompt; picking
 * a kind reports it (the review card in the popup, an event on the timeline).
 */
import type { EmailKind } from '../lib/core/detection';
import { kindLabel } from '../lib/ui-text/labels';

export interface KindChoiceProps {
  /** What the drop-down is for, to a screen reader. */
  label: string;
  /** The words shown before a choice is made. */
  prompt: string;
  kinds: readonly EmailKind[];
  onPick(kind: EmailKind): void;
  className?: string;
}

export function KindChoice({ label, prompt, kinds, onPick, className }: KindChoiceProps) {
  return (
    <select
      className={className}
      value=""
      aria-label={label}
      onChange={(e) => {
        if (e.target.value) onPick(e.target.value as EmailKind);
      }}
    >
      <option value="">{prompt}</option>
      {kinds.map((k) => (
        <option key={k} value={k}>
          {kindLabel(k)}
        </option>
      ))}
    </select>
  );
}
