/** Applied, interviewed, second round, offer: bars with counts, and how long companies took to answer. */
import { count, DAYS } from '../../lib/ui-text/plural';
import type { Funnel, FunnelStep, ResponseTime } from '../../lib/ui-text/funnel';
import { formatNumber, t } from '../../lib/ui-text/i18n';
import { sourceTitle } from '../../lib/ui-text/labels';

const STEP_KEYS = {
  applied: 'funnel_applied',
  interviewed: 'funnel_interviewed',
  second_round: 'funnel_second_round',
  offer: 'funnel_offer',
} as const satisfies Record<FunnelStep['id'], string>;
const RESPONSE_KEYS = { first_answer: 'funnel_first_answer', after_interview: 'funnel_after_interview' } as const satisfies Record<ResponseTime['id'], string>;
const percent = (share: number) => formatNumber(Math.round(share * 100) / 100, { style: 'percent' });

export function FunnelView({ funnel }: { funnel: Funnel }) {
  return (
    <section aria-labelledby="funnel-heading" className="card funnel">
      <h2 id="funnel-heading">{t('funnel_heading')}</h2>
      <ol className="funnel-steps">
        {funnel.steps.map((step) => (
          <li key={step.id} className="funnel-step">
            <span className="funnel-label">{t(STEP_KEYS[step.id])}</span>
            <span className="funnel-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(step.share * 100)}%` }} />
            </span>
            <span className="funnel-count">
              {formatNumber(step.count)}
              {step.id !== 'applied' && funnel.steps[0]!.count > 0 && <span className="muted"> ({percent(step.share)})</span>}
            </span>
          </li>
        ))}
      </ol>
      <dl className="responses">
        {funnel.responses.map((r) => (
          <div key={r.id}>
            <dt>{t(RESPONSE_KEYS[r.id])}</dt>
            <dd>{r.medianDays === null ? t('funnel_no_data') : t('funnel_median', { days: count(r.medianDays, DAYS), over: formatNumber(r.over) })}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('funnel_hint', { title: sourceTitle('000') })}</p>
    </section>
  );
}
