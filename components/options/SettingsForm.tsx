/** The user's settings: working days and hours, time zone, quiet hours, delays, notifications, default stance. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Settings } from '../../lib/core/settings';
import { StancePicker } from './StancePicker';

export interface SettingsFormProps {
  settings: Settings;
  /** The zone this browser reports, offered as "detected". */
  detectedZone: string;
  /** Known IANA zones for the suggestions list. */
  zones: readonly string[];
  /** Resolves to an error message, or null when saved. */
  onSave(settings: Settings): Promise<string | null>;
}

const DAYS: ReadonlyArray<[number, string]> = [
  [1, 'Mon'],
  [2, 'Tue'],
  [3, 'Wed'],
  [4, 'Thu'],
  [5, 'Fri'],
  [6, 'Sat'],
  [7, 'Sun'],
];

export function SettingsForm({ settings, detectedZone, zones, onSave }: SettingsFormProps) {
  const [draft, setDraft] = useState<Settings>(settings);
  // True once the user changed something not yet saved: stored settings arriving then must not wipe the edit.
  const [edited, setEdited] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();
  // Settings changed elsewhere (another tab, an import) replace the form's values while the user has not touched
  // them; a live query re-running, or stored settings settling on first load, never throws away what they chose.
  const stored = JSON.stringify(settings);
  useEffect(() => {
    if (!edited) setDraft(JSON.parse(stored) as Settings);
  }, [stored, edited]);

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setEdited(true);
    setStatus(null);
  };
  const toggleDay = (day: number) =>
    set('workingDays', draft.workingDays.includes(day) ? draft.workingDays.filter((d) => d !== day) : [...draft.workingDays, day].sort());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const error = await onSave(draft);
    if (!error) setEdited(false);
    setStatus(error ? { ok: false, text: error } : { ok: true, text: 'Saved.' });
  };
  const time = (key: 'workStart' | 'workEnd' | 'quietStart' | 'quietEnd', label: string) => (
    <label className="field">
      <span>{label}</span>
      <input type="time" required value={draft[key]} onChange={(e) => set(key, e.target.value)} />
    </label>
  );
  const number = (key: 'followUpWorkingDays' | 'checkInDays' | 'interviewMinutes', label: string, min: number, max: number) => (
    <label className="field">
      <span>{label}</span>
      <input type="number" required min={min} max={max} value={draft[key]} onChange={(e) => set(key, Number(e.target.value))} />
    </label>
  );

  return (
    <form className="settings" onSubmit={submit} aria-label="Settings">
      <StancePicker legend="After a rejection, by default" value={draft.defaultStance} onChange={(s) => set('defaultStance', s)} />

      <fieldset>
        <legend>Working days and hours</legend>
        <div className="days">
          {DAYS.map(([day, label]) => (
            <label key={day} className="day">
              <input type="checkbox" checked={draft.workingDays.includes(day)} onChange={() => toggleDay(day)} />
              {label}
            </label>
          ))}
        </div>
        <div className="row">
          {time('workStart', 'Day starts')}
          {time('workEnd', 'Day ends')}
        </div>
      </fieldset>

      <fieldset>
        <legend>Time zone</legend>
        <label className="field">
          <span>Your time zone</span>
          <input list={`${id}-zones`} value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
        </label>
        <datalist id={`${id}-zones`}>
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <p className="muted">
          Detected: {detectedZone}{' '}
          {draft.timeZone !== detectedZone && (
            <button type="button" className="link" onClick={() => set('timeZone', detectedZone)}>
              Use it
            </button>
          )}
        </p>
      </fieldset>

      <fieldset>
        <legend>Notifications</legend>
        <label className="check">
          <input type="checkbox" checked={draft.notifications} onChange={(e) => set('notifications', e.target.checked)} />
          Notify me when a follow-up falls due
        </label>
        <p className="muted">Quiet hours hold notifications back; deadlines stay where they are.</p>
        <div className="row">
          {time('quietStart', 'Quiet from')}
          {time('quietEnd', 'Quiet until')}
        </div>
      </fieldset>

      <fieldset>
        <legend>Follow-up delays</legend>
        {number('followUpWorkingDays', 'Working days of silence after an interview before a follow-up', 1, 60)}
        {number('checkInDays', 'Days after a rejection before a check-in', 1, 730)}
        {number('interviewMinutes', 'Interview length when the email gives none (minutes)', 5, 600)}
      </fieldset>

      <div className="row">
        <button type="submit" className="primary">
          Save settings
        </button>
        <span role="status" className={status?.ok === false ? 'error' : 'status'}>
          {status?.text ?? ''}
        </span>
      </div>
    </form>
  );
}
