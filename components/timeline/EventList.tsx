/**
 * An application's events in order, with dates, a link back to each email, and a correction for an email Callback
 * read wrongly ("Not job mail", or the kind it really is): the same correction as the mail page's bar.
 */
import { EMAIL_KINDS, type EmailKind } from '../../lib/core/detection';
import type { MailAccount } from '../../lib/core/email';
import type { TimelineEvent } from '../../lib/core/timeline/types';
import { eventLabel, shortDateTime } from '../../lib/ui-text/labels';
import { KindChoice } from '../KindChoice';
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
  /** The user says what an email-read event really is; without it no correction is offered. */
  onCorrect?(event: TimelineEvent, kind: EmailKind): void;
}

/** Events Callback read from an email can be corrected; the user's own entries and replies cannot. */
const correctable = (event: TimelineEvent): boolean => event.messageId !== null && event.source !== 'manual' && event.kind !== 'user_reply';

export function EventList({ events, timeZone, onOpenThread, calendarIds, onAddToCalendar, onCorrect }: EventListProps) {
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
          {onCorrect && correctable(event) && (
            <KindChoice
              className="event-correct"
              label={t('event_correct_label', { kind: eventLabel(event.kind) })}
              prompt={t('event_correct')}
              // Job kinds first, "Not job mail" last: the list reads as "this is really …".
              kinds={[...EMAIL_KINDS.filter((k) => k !== 'other' && k !== event.kind), 'other']}
              onPick={(kind) => onCorrect(event, kind)}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
