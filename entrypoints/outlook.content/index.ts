import { defineContentScript } from 'wxt/utils/define-content-script';
import { OUTLOOK_MATCHES, outlookHost } from '../../lib/mail/outlook/host';
import { startMailHost } from '../../lib/mail/start';

export default defineContentScript({
  // The whole hosts, not /mail/* only: Mail and Calendar are one page; the watcher reads /mail/ paths only.
  matches: [...OUTLOOK_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    startMailHost(ctx, outlookHost);
  },
});
