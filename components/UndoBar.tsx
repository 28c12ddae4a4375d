/** "Dismissed. Undo": announced politely, the Undo button is a real button that takes focus. */
import { useEffect, useRef } from 'react';
import { t } from '../lib/ui-text/i18n';

export interface UndoBarProps {
  message: string | null;
  onUndo(): void;
  onClose(): void;
}

export function UndoBar({ message, onUndo, onClose }: UndoBarProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (message) undo.current?.focus();
  }, [message]);
  return (
    <div className="undo-bar" role="status" aria-live="polite">
      {message && (
        <>
          <span>{message}</span>
          <button ref={undo} type="button" onClick={onUndo}>
            {t('undo')}
          </button>
          <button type="button" className="quiet" aria-label={t('close')} onClick={onClose}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
