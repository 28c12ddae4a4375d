/** Add an application by hand (one Callback did not see in Gmail). */
import { useState, type FormEvent } from 'react';
import { t } from '../../lib/ui-text/i18n';

export interface AddApplicationFormProps {
  onAdd(input: { company: string; role: string | null; appliedOn: string | null }): void;
}

export function AddApplicationForm({ onAdd }: AddApplicationFormProps) {
  const [company, setCompany] = useState('');
  const [role, setRole] = useState('');
  const [appliedOn, setAppliedOn] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!company.trim()) return;
    onAdd({ company: company.trim(), role: role.trim() || null, appliedOn: appliedOn || null });
    setCompany('');
    setRole('');
    setAppliedOn('');
  };
  return (
    <form onSubmit={submit} className="card add-app" aria-label={t('add_application_heading')}>
      <h2>{t('add_application_heading')}</h2>
      <label className="field">
        <span>{t('company')}</span>
        <input required value={company} onChange={(e) => setCompany(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('role')}</span>
        <input value={role} onChange={(e) => setRole(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('applied_on')}</span>
        <input type="date" value={appliedOn} onChange={(e) => setAppliedOn(e.target.value)} />
      </label>
      <button type="submit">{t('add_application')}</button>
    </form>
  );
}
