/** Handlers for messages from the extension's own pages (popup, options, timeline). */
import { refreshSchedule } from '../schedule/start';
import { handle } from './router';

export function registerPageHandlers(): void {
  handle('page->bg:ping', () => ({ ok: true as const }));
  handle('page->bg:refresh-schedule', async () => {
    const plan = await refreshSchedule();
    return { ok: true as const, badge: plan?.badgeText ?? '' };
  });
}
