/**
 * What Callback learned from the user: each correction that now steers later mail like it ("mail from
 * no-reply@ats.example with a subject like 'Your application' is a rejection"), with a way to forget it.
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

export interface LessonsSectionProps {
  lessons: readonly Lesson[];
  onForget(key: string): void;
  /** Every correction, newest first; undoing one puts the timeline back and forgets its lesson. */
  corrections?: readonly CorrectionItem[];
  onUndo?(key: string): void;
}

export function LessonsSection({ lessons, onForget, corrections = [], onUndo }: LessonsSectionProps) {
  return (
    <section aria-labelledby="lessons-heading" className="card">
      <h2 id="lessons-heading" tabIndex={-1}>Your corrections, and what Callback learned from them</h2>
      {corrections.length > 0 && onUndo && (
        <>
          <h3 id="corrections-heading">Your corrections</h3>
          <p className="muted">Undo one to put the email back as Callback first saw it (an application “Not job mail” removed comes back).</p>
          <ul className="lessons" aria-labelledby="corrections-heading">
            {corrections.map((c, i) => (
              <li key={c.key}>
                <span>
                  “{c.subject || '(no subject)'}”{c.sender && <span className="muted"> from {c.sender}</span>}: <strong>{c.kindLabel}</strong>
                  <span className="muted"> · {c.when}</span>
                </span>
                <button
                  type="button"
                  className="link"
                  aria-label={`Undo the correction of “${c.subject || 'an email'}”`}
                  onClick={(event) => {
                    // Keep the keyboard in the list: on the next correction's Undo, else the list's heading.
                    const list = event.currentTarget.closest('ul');
                    onUndo(c.key);
                    const next = list?.querySelectorAll<HTMLButtonElement>('li button')[i + 1] ?? list?.querySelectorAll<HTMLButtonElement>('li button')[i - 1];
                    (next ?? document.getElementById('lessons-heading'))?.focus();
                  }}
                >
                  Undo
                </button>
              </li>
            ))}
          </ul>
          <h3>Lessons</h3>
        </>
      )}
      {lessons.length === 0 ? (
        <p className="muted">
          Nothing yet. When you correct Callback ("Not a rejection", "Not job mail") or answer a review card, later mail
          like that email follows your answer, and it is listed here.
        </p>
      ) : (
        <>
          <p className="muted">Later mail from the same sender with a similar subject follows your answer.</p>
          <ul className="lessons">
            {lessons.map((l) => (
              <li key={l.key}>
                <span>
                  Mail from <strong>{l.sender}</strong> like “{l.subject || '(no subject)'}”: <strong>{l.kindLabel}</strong>
                  <span className="muted"> · {l.when}</span>
                </span>
                <button type="button" className="link" onClick={() => onForget(l.key)} aria-label={`Forget the lesson about mail from ${l.sender}`}>
                  Forget
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
