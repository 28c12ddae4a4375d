/** The toolbar badge: the engine's number, empty at zero; the colour says whether something is overdue. */
import { browser } from 'wxt/browser';
import { t } from '../ui-text/i18n';
import { count as counted } from '../ui-text/plural';

/** `due`: how many are due today or overdue, said in the button's title for a screen reader or a hover. */
export async function setBadge(text: string, colour: string, due = 0): Promise<void> {
  await browser.action.setBadgeText({ text });
  await browser.action.setBadgeBackgroundColor({ color: colour });
  // Chrome 110+: white text reads on both colours.
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
  await browser.action.setTitle?.({ title: due > 0 ? counted(due, 'badge_title') : t('badge_title_none') });
}
