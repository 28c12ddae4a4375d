/** What a new user sees before Callback has found anything: what it does and what to do first. */
export function EmptyState() {
  return (
    <section aria-label="Getting started">
      <p>Nothing to follow up yet.</p>
      <p>Open Gmail and read your job-search emails: Callback spots interviews and rejections and reminds you of the thank-you notes and replies that keep doors open.</p>
    </section>
  );
}
