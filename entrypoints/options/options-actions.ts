/**
 * What the options page's controls do: save the settings, export, import and delete the data, forget a lesson or an
 * organisation the user hires for, undo a correction. Each change to the store then asks the background to recompute the badge and the popup snapshot.
 */
import type { Settings } from '../../lib/core/settings';
import { deleteEverything, exportCsv, exportJson, forgetHiringSide, forgetLesson, getDb, importJson, saveSettings, undoCorrection } from '../../lib/store';
import { t } from '../../lib/ui-text/i18n';
import { settingsErrorText, storeProblemText } from '../../lib/ui-text/problems';
import { APPLICATIONS, count, EVENTS } from '../../lib/ui-text/plural';
import { refreshBadge } from '../popup/page-actions';

export const optionsActions = {
  /** null when saved, else why not (the store's own check of the values, in the interface's language). */
  async saveSettings(next: Partial<Settings>): Promise<string | null> {
    try {
      await saveSettings(getDb(), next);
      refreshBadge();
      return null;
    } catch (error) {
      return settingsErrorText(error);
    }
  },
  exportJson: () => exportJson(getDb()),
  exportCsv: () => exportCsv(getDb()),
  async importJson(text: string): Promise<{ ok: boolean; message: string }> {
    const result = await importJson(getDb(), text);
    if (!result.ok) return { ok: false, message: t('data_import_failed', { error: storeProblemText(result.problem) }) };
    refreshBadge();
    const c = result.counts;
    return { ok: true, message: t('data_imported', { applications: count(c.applications, APPLICATIONS), events: count(c.events, EVENTS) }) };
  },
  async deleteAll(): Promise<void> {
    await deleteEverything(getDb());
    refreshBadge();
  },
  forgetLesson: (key: string) => void forgetLesson(getDb(), key),
  forgetHiringSide: (organisation: string) => void forgetHiringSide(getDb(), organisation),
  undoCorrection: (key: string) => void undoCorrection(getDb(), key).then(refreshBadge),
};
