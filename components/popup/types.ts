/** What the popup's components are given: plain views, already worded (the page builds them from the store). */
import type { Tone } from '../../lib/core/drafts/types';
import type { DueText } from '../../lib/ui-text/due-phrase';

import type { MailAccount } from '../../lib/core/email';
import type { ReflectionQuestionView } from '../timeline/Reflection';
import type { DraftLanguage } from '../../lib/core/settings';

export interface ReminderView {
  id: string;
  /** "Send a thank-you email" */
  action: string;
  /** "Ana Pérez, Acme (Backend Engineer)" */
  forWhom: string;
  due: DueText;
  /** One line naming the advice, and its source. */
  why: string;
  source: string;
  /** The rule calls for a message: offer a draft. */
  hasDraft: boolean;
  /**
   * The popup shows a stored first view and the store is still being read: the draft needs the full timeline, so
   * its button waits (disabled) until it is there. Done, snooze and dismiss need only the id and work at once.
   */
  draftPending?: boolean;
  threadId: string | null;
  /** The mailbox the thread was seen in: "Open in Gmail" opens that account. */
  account?: MailAccount | null;
  /** A confirmed interview still ahead: offer "Add to calendar" (an .ics file). */
  calendar?: boolean;
  /** "Reflect on the fit": the questions it asks, shown on demand. */
  questions?: readonly ReflectionQuestionView[];
}

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
