/** The privacy promise, in plain words. */
import { t } from '../../lib/ui-text/i18n';

export function PrivacyPromise() {
  return (
    <section aria-labelledby="privacy-heading" className="card">
      <h2 id="privacy-heading">{t('privacy_heading')}</h2>
      <ul>
        <li>{t('privacy_reads')}</li>
        <li>{t('privacy_keeps')}</li>
        <li>{t('privacy_sends')}</li>
        <li>
          {t('privacy_export')} <a href="#data-heading">{t('data_heading')}</a>
        </li>
      </ul>
    </section>
  );
}
