/** What a new user sees before Callback has found anything: what it does and what to do first. */
export interface EmptyStateProps {
  /** true when the timeline has applications but nothing is due: a calmer message. */
  hasApplications?: boolean;
  onOpenGmail?(): void;
  onOpenTimeline?(): void;
}

export function EmptyState({ hasApplications = false, onOpenGmail, onOpenTimeline }: EmptyStateProps) {
  if (hasApplications) {
    return (
      <section aria-label="All caught up" className="empty">
        <p className="empty-title">All caught up.</p>
        <p>Nothing to follow up right now. Callback keeps watching your job-search emails in Gmail.</p>
        {onOpenTimeline && (
          <button type="button" onClick={onOpenTimeline}>
            See your applications
          </button>
        )}
      </section>
    );
  }
  return (
    <section aria-label="Getting started" className="empty">
      <p className="empty-title">Nothing to follow up yet.</p>
      <p>
        Callback reads the job-search emails you open in Gmail, keeps a timeline of your applications, and reminds you
        of the thank-you notes and gracious replies that keep doors open, with a draft ready to copy.
      </p>
      <ol className="steps">
        <li>Open Gmail and read a recent interview invitation or rejection.</li>
        <li>Come back here: what to send, and by when, shows up in this list.</li>
      </ol>
      <p className="muted">Everything stays on this computer.</p>
      {onOpenGmail && (
        <button type="button" className="primary" onClick={onOpenGmail}>
          Open Gmail
        </button>
      )}
    </section>
  );
}
