/** "Dismissed. Undo": announced politely, the Undo button is a real button that takes focus. */
import { useEffect, useRef } from 'react';

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
            Undo
          </button>
          <button type="button" className="quiet" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
