/** A menu button: Enter/Space/ArrowDown open it, arrows move, Enter picks, Escape closes (WAI-ARIA menu button). */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SnoozeOption } from './types';
import { t } from '../../lib/ui-text/i18n';

export interface SnoozeMenuProps {
  options: readonly SnoozeOption[];
  onPick(optionId: string): void;
  label?: string;
}

export function SnoozeMenu({ options, onPick, label = t('snooze') }: SnoozeMenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const pick = (id: string) => {
    close(true);
    onPick(id);
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const last = options.length - 1;
    const moves: Record<string, () => void> = {
      ArrowDown: () => setActive((i) => (i >= last ? 0 : i + 1)),
      ArrowUp: () => setActive((i) => (i <= 0 ? last : i - 1)),
      Home: () => setActive(0),
      End: () => setActive(last),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const move = moves[event.key];
    if (!move) return;
    if (event.key !== 'Tab') event.preventDefault();
    move();
  };

  return (
    <div className="menu">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => {
          setActive(0);
          setOpen((o) => !o);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive(0);
            setOpen(true);
          }
        }}
      >
        {label} ▾
      </button>
      {open && (
        <div role="menu" id={menuId} aria-label={label} className="menu-list" onKeyDown={onMenuKey}>
          {options.map((option, index) => (
            <button
              key={option.id}
              ref={(el) => {
                items.current[index] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              onClick={() => pick(option.id)}
            >
              {option.label}
              {option.until && <span className="muted"> · {t('snooze_until', { moment: option.until })}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
