// First: WXT's page-visible start-up handshake is replaced before the context is created (see the module).
import '../../lib/messaging/quiet-handshake';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OUTLOOK_MATCHES, outlookHost } from '../../lib/mail/outlook/host';
import { startMailHost } from '../../lib/mail/start';

export default defineContentScript({
  // The whole hosts, not /mail/* only: Mail and Calendar are one page; the watcher reads /mail/ paths only.
  matches: [...OUTLOOK_MATCHES],
  runAt: 'document_idle',
  // Belt and braces: WXT's own switch for the window message, should the module above ever stop applying.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startMailHost(ctx, outlookHost);
  },
});
