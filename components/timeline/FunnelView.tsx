/** Applied, interviewed, second round, offer: bars with counts, and how long companies took to answer. */
import { count, DAYS } from '../../lib/ui-text/plural';
import type { Funnel } from '../../lib/ui-text/funnel';

export function FunnelView({ funnel }: { funnel: Funnel }) {
  return (
    <section aria-labelledby="funnel-heading" className="card funnel">
      <h2 id="funnel-heading">Your funnel</h2>
      <ol className="funnel-steps">
        {funnel.steps.map((step) => (
          <li key={step.id} className="funnel-step">
            <span className="funnel-label">{step.label}</span>
            <span className="funnel-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(step.share * 100)}%` }} />
            </span>
            <span className="funnel-count">
              {step.count}
              {step.id !== 'applied' && funnel.steps[0]!.count > 0 && <span className="muted"> ({Math.round(step.share * 100)}%)</span>}
            </span>
          </li>
        ))}
      </ol>
      <dl className="responses">
        {funnel.responses.map((r) => (
          <div key={r.id}>
            <dt>{r.label}</dt>
            <dd>{r.medianDays === null ? 'not enough data yet' : `${count(r.medianDays, DAYS)} (median of ${r.over})`}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">
        Many interviews but few second rounds? The first interview is a match test: see “The Real Reason You Didn't Get
        the Second Interview”.
      </p>
    </section>
  );
}
