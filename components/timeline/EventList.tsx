/** An application's events in order, with dates and a link back to each email. */
import type { MailAccount } from '../../lib/core/email';
import type { TimelineEvent } from '../../lib/core/timeline/types';
import { eventLabel, shortDateTime } from '../../lib/ui-text/labels';
import { t } from '../../lib/ui-text/i18n';

export interface EventListProps {
  events: readonly TimelineEvent[];
  timeZone: string;
  /** Opens the thread in the account the email was seen under. */
  onOpenThread(threadId: string, account: MailAccount | null): void;
  /** The interviews that can go into the user's calendar (confirmed, with a time). */
  calendarIds?: ReadonlySet<string>;
  /** Saves the interview's .ics file. */
  onAddToCalendar?(eventId: string): void;
}

export function EventList({ events, timeZone, onOpenThread, calendarIds, onAddToCalendar }: EventListProps) {
  const sorted = [...events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (sorted.length === 0) return <p className="muted">{t('events_none')}</p>;
  return (
    <ol className="events" aria-label={t('events_label')}>
      {sorted.map((event) => (
        <li key={event.id} className={`event event-${event.kind}`}>
          <time dateTime={event.at}>{shortDateTime(event.at, timeZone)}</time>
          <span className="event-kind">{eventLabel(event.kind)}</span>
          {event.interview && (
            <span className="muted">
              {' '}
              {t('event_on', { when: shortDateTime(event.interview.start, timeZone) })}
            </span>
          )}
          {event.subject && <span className="event-subject">{event.subject}</span>}
          {event.threadId && (
            <button type="button" className="link" onClick={() => onOpenThread(event.threadId!, event.account ?? null)}>
              {t('open_email')}
            </button>
          )}
          {onAddToCalendar && calendarIds?.has(event.id) && (
            <button type="button" className="link event-calendar" onClick={() => onAddToCalendar(event.id)}>
              {t('add_to_calendar')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
