import { t } from '../../lib/ui-text/i18n';

/**
 * What Callback learned from the user: each correction that now steers later mail like it ("mail from
 * no-reply@ats.example with a subject like 'Your application' is a rejection"), with a way to forget it; and the
 * organisations the user's mail showed them hiring for, whose job mail waits in the review list.
 */
export interface Lesson {
  key: string;
  sender: string;
  subject: string;
  /** Human words for the kind: "Rejection", "Not job mail". */
  kindLabel: string;
  /** When the user taught it, as the user reads dates. */
  when: string;
}

/** One correction the user made, to undo: the email it was about and what they said it is. */
export interface CorrectionItem {
  key: string;
  subject: string;
  sender: string;
  kindLabel: string;
  when: string;
}

/** An organisation the user's mail showed them hiring for or working at: its mail's job decisions wait in the review list. */
export interface HiringSideItem {
  organisation: string;
  /** Why it is on the user's side: they hire for it (the default), or they work there. */
  why?: 'hires' | 'works';
  /** When Callback learned it, as the user reads dates. */
  when: string;
}

export interface LessonsSectionProps {
  lessons: readonly Lesson[];
  onForget(key: string): void;
  hiringSides?: readonly HiringSideItem[];
  onForgetHiringSide?(organisation: string): void;
  /** Every correction, newest first; undoing one puts the timeline back and forgets its lesson. */
  corrections?: readonly CorrectionItem[];
  onUndo?(key: string): void;
}

/**
 * Runs a list row's action (Undo, Forget) and keeps the keyboard in the list: on the next row's button, else the
 * previous one's, else the section's heading.
 */
function keepFocusInList(button: HTMLButtonElement, index: number, act: () => void): void {
  const buttons = button.closest('ul')?.querySelectorAll<HTMLButtonElement>('li button');
  act();
  (buttons?.[index + 1] ?? buttons?.[index - 1] ?? document.getElementById('lessons-heading'))?.focus();
}

export function LessonsSection({ lessons, onForget, corrections = [], onUndo, hiringSides = [], onForgetHiringSide }: LessonsSectionProps) {
  return (
    <section aria-labelledby="lessons-heading" className="card">
      <h2 id="lessons-heading" tabIndex={-1}>{t('lessons_heading')}</h2>
      {corrections.length > 0 && onUndo && (
        <>
          <h3 id="corrections-heading">{t('corrections_heading')}</h3>
          <p className="muted">{t('corrections_intro')}</p>
          <ul className="lessons" aria-labelledby="corrections-heading">
            {corrections.map((c, i) => (
              <li key={c.key}>
                <span>
                  “{c.subject || t('no_subject')}”{c.sender && <span className="muted"> {t('correction_from', { sender: c.sender })}</span>}: <strong>{c.kindLabel}</strong>
                  <span className="muted"> · {c.when}</span>
                </span>
                <button
                  type="button"
                  className="link"
                  aria-label={t('correction_undo_label', { subject: c.subject || t('an_email') })}
                  onClick={(event) => keepFocusInList(event.currentTarget, i, () => onUndo(c.key))}
                >
                  {t('undo')}
                </button>
              </li>
            ))}
          </ul>
          <h3>{t('lessons_sub')}</h3>
        </>
      )}
      {lessons.length === 0 ? (
        <p className="muted">{t('lessons_none')}</p>
      ) : (
        <>
          <p className="muted">{t('lessons_intro')}</p>
          <ul className="lessons">
            {lessons.map((l) => (
              <li key={l.key}>
                <span>
                  {t('lesson_from', { sender: l.sender, subject: l.subject || t('no_subject') })}: <strong>{l.kindLabel}</strong>
                  <span className="muted"> · {l.when}</span>
                </span>
                <button type="button" className="link" onClick={() => onForget(l.key)} aria-label={t('forget_label', { sender: l.sender })}>
                  {t('forget')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {hiringSides.length > 0 && onForgetHiringSide && (
        <>
          <h3 id="hiring-sides-heading">{t('hiring_sides_heading')}</h3>
          <p className="muted">{t('hiring_sides_intro')}</p>
          <ul className="lessons" aria-labelledby="hiring-sides-heading">
            {hiringSides.map((h, i) => (
              <li key={h.organisation}>
                <span>
                  <strong>{h.organisation}</strong>
                  <span className="muted"> · {h.why === 'works' ? t('hiring_side_works') : t('hiring_side_hires')} · {h.when}</span>
                </span>
                <button
                  type="button"
                  className="link"
                  aria-label={t(h.why === 'works' ? 'hiring_side_forget_works_label' : 'hiring_side_forget_label', { organisation: h.organisation })}
                  onClick={(event) => keepFocusInList(event.currentTarget, i, () => onForgetHiringSide(h.organisation))}
                >
                  {t('forget')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
