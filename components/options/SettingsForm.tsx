/** The user's settings: working days and hours, time zone, quiet hours, the drafts' language, delays, notifications, default stance. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { SETTING_LIMITS, type DraftLanguage, type Settings } from '../../lib/core/settings';
import { StancePicker } from './StancePicker';
import { weekdayShort } from '../../lib/ui-text/format';
import { t } from '../../lib/ui-text/i18n';
import { LetterLanguageOptions } from '../LetterLanguageOptions';

export interface SettingsFormProps {
  settings: Settings;
  /** The zone this browser reports, offered as "detected". */
  detectedZone: string;
  /** Known IANA zones for the suggestions list. */
  zones: readonly string[];
  /** Resolves to an error message, or null when saved. */
  onSave(settings: Settings): Promise<string | null>;
}

/** Monday to Sunday; their short names come from Intl in the interface's language. */
const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

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
    setStatus(error ? { ok: false, text: error } : { ok: true, text: t('saved') });
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
    <form className="settings" onSubmit={submit} aria-label={t('settings_label')}>
      <StancePicker legend={t('settings_stance_legend')} value={draft.defaultStance} onChange={(s) => set('defaultStance', s)} />

      <fieldset>
        <legend>{t('settings_working')}</legend>
        <div className="days">
          {DAYS.map((day) => (
            <label key={day} className="day">
              <input type="checkbox" checked={draft.workingDays.includes(day)} onChange={() => toggleDay(day)} />
              {weekdayShort(day)}
            </label>
          ))}
        </div>
        <div className="row">
          {time('workStart', t('settings_day_starts'))}
          {time('workEnd', t('settings_day_ends'))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('settings_zone')}</legend>
        <label className="field">
          <span>{t('settings_your_zone')}</span>
          <input list={`${id}-zones`} value={draft.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
        </label>
        <datalist id={`${id}-zones`}>
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <p className="muted">
          {t('settings_detected', { zone: detectedZone })}{' '}
          {draft.timeZone !== detectedZone && (
            <button type="button" className="link" onClick={() => set('timeZone', detectedZone)}>
              {t('settings_use_it')}
            </button>
          )}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('settings_notifications')}</legend>
        <label className="check">
          <input type="checkbox" checked={draft.notifications} onChange={(e) => set('notifications', e.target.checked)} />
          {t('settings_notify')}
        </label>
        <p className="muted">{t('settings_quiet_hint')}</p>
        <div className="row">
          {time('quietStart', t('settings_quiet_from'))}
          {time('quietEnd', t('settings_quiet_until'))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('settings_letters')}</legend>
        <label className="field">
          <span>{t('settings_draft_language')}</span>
          <select value={draft.draftLanguage} onChange={(e) => set('draftLanguage', e.target.value as DraftLanguage)}>
            <LetterLanguageOptions conversationLabel={t('settings_draft_language_conversation')} />
          </select>
        </label>
        <p className="muted">{t('settings_draft_language_hint')}</p>
      </fieldset>

      <fieldset>
        <legend>{t('settings_delays')}</legend>
        {number('followUpWorkingDays', t('settings_follow_up_days'), SETTING_LIMITS.followUpWorkingDays.min, SETTING_LIMITS.followUpWorkingDays.max)}
        {number('checkInDays', t('settings_check_in_days'), SETTING_LIMITS.checkInDays.min, SETTING_LIMITS.checkInDays.max)}
        {number('interviewMinutes', t('settings_interview_minutes'), SETTING_LIMITS.interviewMinutes.min, SETTING_LIMITS.interviewMinutes.max)}
      </fieldset>

      <div className="row">
        <button type="submit" className="primary">
          {t('settings_save')}
        </button>
        <span role="status" className={status?.ok === false ? 'error' : 'status'}>
          {status?.text ?? ''}
        </span>
      </div>
    </form>
  );
}
