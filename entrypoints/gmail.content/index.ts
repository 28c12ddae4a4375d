import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailHost } from '../../lib/mail/gmail/host';
import { startMailHost } from '../../lib/mail/start';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startMailHost(ctx, gmailHost);
  },
});
