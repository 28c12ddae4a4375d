import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToBackground } from '../../messaging/send';

/** Entry of the Gmail content script. Quiet by design: no whole-page observer, nothing per mutation. */
export function startGmail(ctx: ContentScriptContext): void {
  if (ctx.isInvalid) return;
  void sendToBackground({ type: 'content->bg:hello', host: 'gmail', url: location.href });
}
