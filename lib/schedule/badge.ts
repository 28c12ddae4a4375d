/** The toolbar badge: the engine's number, empty at zero; the colour says whether something is overdue. */
import { browser } from 'wxt/browser';

export async function setBadge(text: string, colour: string): Promise<void> {
  await browser.action.setBadgeText({ text });
  await browser.action.setBadgeBackgroundColor({ color: colour });
  // Chrome 110+: white text reads on both colours.
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
}
