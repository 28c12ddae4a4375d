/** The reminder the popup was opened for: `#reminder-<id>`, or a notification's click (lib/popup/focus.ts). */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { focusedReminder, POPUP_FOCUS_KEY } from '../../lib/popup/focus';

export function useFocusedReminder(): string | null {
  const [focused, setFocused] = useState<string | null>(() =>
    location.hash.startsWith('#reminder-') ? decodeURIComponent(location.hash.slice('#reminder-'.length)) : null,
  );
  useEffect(() => {
    void browser.storage.local.get(POPUP_FOCUS_KEY).then(async (stored) => {
      const id = focusedReminder(stored[POPUP_FOCUS_KEY], new Date());
      if (id) setFocused(id);
      if (stored[POPUP_FOCUS_KEY] !== undefined) await browser.storage.local.remove(POPUP_FOCUS_KEY);
    });
  }, []);
  return focused;
}
