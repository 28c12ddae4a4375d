/** Record an interview by hand, with its interviewers (each gets a thank-you reminder). */
import { useState, type FormEvent } from 'react';
import { t } from '../../lib/ui-text/i18n';

export interface AddInterviewFormProps {
  /** `start` is a local wall time "2026-03-03T14:00" in the user's zone. */
  onAdd(input: { start: string; minutes: number; interviewers: Array<{ name: string; email: string | null }> }): void;
}

export function AddInterviewForm({ onAdd }: AddInterviewFormProps) {
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState(45);
  const [names, setNames] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!start) return;
    // "Ana Pérez <ana@x.com>, Bo Li" -> two people.
    const interviewers = names
      .split(/[,;\n]/)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const lt = part.indexOf('<');
        const gt = part.indexOf('>', lt);
        return lt >= 0 && gt > lt
          ? { name: part.slice(0, lt).trim() || part.slice(lt + 1, gt), email: part.slice(lt + 1, gt).trim() || null }
          : { name: part, email: null };
      });
    onAdd({ start, minutes, interviewers });
    setStart('');
    setNames('');
  };
  return (
    <form onSubmit={submit} className="add-interview" aria-label={t('add_interview_label')}>
      <label className="field">
        <span>{t('interview_starts')}</span>
        <input type="datetime-local" required value={start} onChange={(e) => setStart(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('interview_minutes')}</span>
        <input type="number" min={5} max={600} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} />
      </label>
      <label className="field grow">
        <span>{t('interviewers_field')}</span>
        <input value={names} onChange={(e) => setNames(e.target.value)} />
      </label>
      <button type="submit">{t('add_interview')}</button>
    </form>
  );
}
