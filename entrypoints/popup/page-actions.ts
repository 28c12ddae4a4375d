/** What every extension page does the same way: open Gmail, Outlook or another page as a tab, wake the schedule, copy. */
import { browser } from 'wxt/browser';
import { saveTextFile } from '../../components/save-file';
import type { CalendarWords } from '../../lib/core/calendar';
import type { Settings } from '../../lib/core/settings';
import type { Timeline } from '../../lib/core/timeline/types';
import { sendToBackground } from '../../lib/messaging/send';
import { OUTLOOK_ORIGINS, type MailAccount } from '../../lib/core/email';
import { t, uiLocale } from '../../lib/ui-text/i18n';
import { gmailInboxUrl, threadUrl } from '../../lib/ui-text/labels';

/** A tab, never a network request of ours; in the account the email was seen under. */
export function openThread(threadId: string, account: MailAccount | null = null): void {
  void browser.tabs.create({ url: threadUrl(threadId, account) });
}

/** The mail page Callback last ran on, as the background keeps it (see content-handlers.ts, `hello`). */
interface LastMailPage {
  host?: string;
  account?: number | null;
  origin?: string;
}

async function lastMailPage(): Promise<LastMailPage | undefined> {
  const stored = (await browser.storage.local.get('lastMailPage')).lastMailPage;
  return stored && typeof stored === 'object' ? (stored as LastMailPage) : undefined;
}

/** Which webmail the user reads Callback with, as last seen: Outlook's users are offered Outlook first. */
export async function lastMailHost(): Promise<'gmail' | 'outlook'> {
  return (await lastMailPage())?.host === 'outlook' ? 'outlook' : 'gmail';
}

/** Gmail's inbox in the account Callback last saw a page of (the background keeps it with `lastMailPage`). */
export async function openGmail(): Promise<void> {
  const stored = await lastMailPage();
  const index = stored?.host !== 'outlook' && typeof stored?.account === 'number' ? stored.account : null;
  await browser.tabs.create({ url: gmailInboxUrl({ index }) });
}

/** Outlook on the web where Callback last saw it (work or personal), else the personal one. */
export async function openOutlook(): Promise<void> {
  const origin = (await lastMailPage())?.origin;
  const known = typeof origin === 'string' && (OUTLOOK_ORIGINS as readonly string[]).includes(origin);
  await browser.tabs.create({ url: `${known ? origin : OUTLOOK_ORIGINS[0]}/mail/` });
}

export function openPage(path: '/timeline.html' | '/options.html', hash = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL(path) + hash });
}

/**
 * After a change: the background recomputes the badge and the popup snapshot now (its own store watch only runs
 * while it is awake).
 */
export function refreshBadge(): void {
  void sendToBackground({ type: 'page->bg:refresh-schedule' });
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page in the interface's language: its `lang` (for screen readers and hyphenation) and its title. */
export function localizePage(title: string): void {
  document.documentElement.lang = uiLocale();
  document.title = title;
}

/**
 * "Add to calendar": the interview of event `eventId` saved as `<company>-interview-<date>.ics`, a download made in
 * the page (no request, no `downloads` permission). Nothing is saved when the event is not an interview with a time.
 * The calendar code (ical.js) is loaded on the first click, not with the page: no first screen waits for it.
 */
export function saveInterviewCalendar(timeline: Timeline, settings: Settings, eventId: string): void {
  const event = timeline.events.find((e) => e.id === eventId);
  const application = timeline.applications.find((a) => a.id === event?.applicationId);
  if (!event || !application) return;
  void import('../../lib/core/calendar')
    .then(({ calendarFileName, interviewEntry, interviewIcs }) => {
      const entry = interviewEntry(
        {
          application,
          events: timeline.events.filter((e) => e.applicationId === application.id),
          people: timeline.people.filter((p) => p.applicationId === application.id),
          eventId,
        },
        settings,
      );
      if (entry) saveTextFile(interviewIcs(entry, new Date(), calendarWords()), 'text/calendar;charset=utf-8', calendarFileName(entry, settings.timeZone));
    })
    .catch((error: unknown) => console.error('Callback: calendar entry not saved', error));
}

/** The words of a calendar entry, in the interface's language. */
function calendarWords(): CalendarWords {
  return {
    summary: (role, company) => t('calendar_summary', { role, company }),
    summaryNoRole: (company) => t('calendar_summary_no_role', { company }),
    join: t('calendar_join'),
    with: t('calendar_with'),
    theirTime: t('calendar_their_time'),
    dayBefore: t('calendar_day_before'),
    hourBefore: t('calendar_hour_before'),
  };
}
