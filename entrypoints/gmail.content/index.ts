import { defineContentScript } from 'wxt/utils/define-content-script';
import { startGmail } from '../../lib/mail/gmail/start';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startGmail(ctx);
  },
});
