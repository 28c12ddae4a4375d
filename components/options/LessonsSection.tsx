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

export interface LessonsSectionProps {
  lessons: readonly Lesson[];
  onForget(key: string): void;
}

export function LessonsSection({ lessons, onForget }: LessonsSectionProps) {
  return (
    <section aria-labelledby="lessons-heading" className="card">
      <h2 id="lessons-heading">What Callback learned from you</h2>
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
