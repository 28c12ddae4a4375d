/** The privacy promise, in plain words. */
export function PrivacyPromise() {
  return (
    <section aria-labelledby="privacy-heading" className="card">
      <h2 id="privacy-heading">Privacy</h2>
      <ul>
        <li>Callback reads only the Gmail pages you open, in your browser.</li>
        <li>Everything it keeps stays in this browser's storage on this computer: no server, no account, no tracking.</li>
        <li>It makes no network request of its own, and it never sends an email: drafts are yours to copy and send.</li>
        <li>
          Export or delete everything at any time, in <a href="#data-heading">Your data</a>.
        </li>
      </ul>
    </section>
  );
}
