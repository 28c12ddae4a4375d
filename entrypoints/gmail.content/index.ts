// First: WXT's page-visible start-up handshake is replaced before the context is created (see the module).
import '../../lib/messaging/quiet-handshake';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailHost } from '../../lib/mail/gmail/host';
import { startMailHost } from '../../lib/mail/start';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // Belt and braces: WXT's own switch for the window message, should the module above ever stop applying.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startMailHost(ctx, gmailHost);
  },
});
