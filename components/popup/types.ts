/** What the popup's components are given: plain views, already worded (the page builds them from the store). */
import type { Tone } from '../../lib/core/drafts/types';

import type { MailAccount } from '../../lib/core/email';
import type { DraftLanguage } from '../../lib/core/settings';

/** One reminder as the popup shows it, worded by the popup's view model (lib/popup/views.ts). */
export type { ReminderView } from '../../lib/popup/views';

export interface DraftView {
  kind: 'draft' | 'none';
  subject: string | null;
  body: string;
  /** For 'none': why there is no letter (clean break, an action rather than a message). */
  explain: string;
}

export interface WarningView {
  id: string;
  reason: string;
  source: string;
  severity: 'warning' | 'soft';
}

export interface SnoozeOption {
  id: string;
  label: string;
  /** When it would come back, said before picking: "tomorrow 08:00" (Later today at 22:30). */
  until?: string;
}

export interface ReminderCallbacks {
  onOpenThread(threadId: string, account: MailAccount | null): void;
  onDone(id: string): void;
  onSnooze(id: string, optionId: string): void;
  onDismiss(id: string): void;
  /** `lang`: the draft's language for this one draft; omitted, the settings' default (usually the conversation's). */
  draftFor(id: string, tone: Tone, lang?: DraftLanguage): DraftView;
  /** The settings' default language for drafts, which the language select starts on. */
  defaultDraftLanguage?: DraftLanguage;
  checkText(id: string, text: string): WarningView[];
  onCopy(text: string): Promise<boolean>;
  /** Saves the interview's .ics file. */
  onAddToCalendar?(id: string): void;
  /** Opens the application in the timeline page, where the reflection is written. */
  onOpenReflection?(id: string): void;
}
