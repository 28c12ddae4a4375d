/** Handlers for messages from the extension's own pages (popup, options, timeline). */
import { handle } from './router';

export function registerPageHandlers(): void {
  handle('page->bg:ping', () => ({ ok: true as const }));
}
