/** The popup's body: Overdue, Due today, Upcoming and Review; each section only when it has something. */
import type { EmailKind } from '../../lib/core/detection';
import { ReminderItem } from './ReminderItem';
import { ReviewCard, type ReviewView } from './ReviewCard';
import type { ReminderCallbacks, ReminderView, SnoozeOption } from './types';
import { t } from '../../lib/ui-text/i18n';

export interface ReminderSectionsProps extends ReminderCallbacks {
  overdue: ReminderView[];
  today: ReminderView[];
  upcoming: ReminderView[];
  review: ReviewView[];
  snoozeOptions: readonly SnoozeOption[];
  focusedId?: string | null;
  /** How many each section holds when the lists are cut short (the popup shows the first few). */
  totals?: Partial<Record<'overdue' | 'today' | 'upcoming' | 'review', number>>;
  onConfirm(id: string): void;
  onCorrect(id: string, kind: EmailKind): void;
}

const SECTIONS = [
  { key: 'overdue', title: 'section_overdue' },
  { key: 'today', title: 'section_today' },
  { key: 'upcoming', title: 'section_upcoming' },
] as const;

export function ReminderSections(props: ReminderSectionsProps) {
  const { review, snoozeOptions, focusedId, totals = {}, onConfirm, onCorrect, ...callbacks } = props;
  return (
    <>
      {SECTIONS.map(({ key, title }) => {
        const list = props[key];
        if (list.length === 0) return null;
        const headingId = `section-${key}`;
        return (
          <section key={key} aria-labelledby={headingId} className={`section section-${key}`}>
            <h2 id={headingId}>
              {t(title)} <span className="count">{totals[key] ?? list.length}</span>
            </h2>
            <ul className="list">
              {list.map((view) => (
                <ReminderItem
                  key={view.id}
                  view={view}
                  snoozeOptions={snoozeOptions}
                  focused={view.id === focusedId}
                  {...callbacks}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {review.length > 0 && (
        <section aria-labelledby="section-review" className="section section-review">
          <h2 id="section-review">
            {t('section_review')} <span className="count">{totals.review ?? review.length}</span>
          </h2>
          <p className="muted">{t('review_intro')}</p>
          <ul className="list">
            {review.map((item) => (
              <ReviewCard key={item.id} item={item} onConfirm={onConfirm} onCorrect={onCorrect} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
