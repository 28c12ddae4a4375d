/** Handlers for messages from the extension's own pages (popup, options, timeline), one per message type. */
import type { PageMessageType } from '../messaging/protocol';
import { refreshSchedule } from '../schedule/start';
import type { Handlers } from './router';

export const pageHandlers: Handlers<PageMessageType> = {
  'page->bg:ping': () => ({ ok: true }),
  'page->bg:refresh-schedule': async () => {
    const plan = await refreshSchedule();
    return { ok: true, badge: plan?.badgeText ?? '' };
  },
};
