/** The user's settings: working days and hours, time zone, quiet hours, the drafts' language, delays, notifications, default stance. */
import { useId, useState, type FormEvent } from 'react';
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
  // Only what the user changed is held here; the rest shows the stored settings as they are now. Settings changed
  // elsewhere (another tab, an import) show through for every field the user has not touched, and nothing that
  // arrives later, however late, can undo a choice (an effect copying stored values into the form could run after
  // the user's first click and wipe it).
  const [edits, setEdits] = useState<Partial<Settings>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const id = useId();
  const draft: Settings = { ...settings, ...edits };

  const change = (update: (current: Settings) => Partial<Settings>) => {
    setEdits((e) => ({ ...e, ...update({ ...settings, ...e }) }));
    setStatus(null);
  };
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => change(() => ({ [key]: value }) as Partial<Settings>);
  const toggleDay = (day: number) =>
    change(({ workingDays }) => ({
      workingDays: workingDays.includes(day) ? workingDays.filter((d) => d !== day) : [...workingDays, day].sort(),
    }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saving = edits;
    const error = await onSave(draft);
    // Saved: the stored settings now hold these values; edits made while saving stay.
    if (!error) setEdits((e) => Object.fromEntries(Object.entries(e).filter(([k, v]) => saving[k as keyof Settings] !== v)));
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
