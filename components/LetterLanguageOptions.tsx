/** The choices of a letter's language: the conversation's own first, then each language letters are written in. */
import { LETTER_LANGS } from '../lib/core/drafts/locale';
import { letterLanguageName } from '../lib/ui-text/labels';

export function LetterLanguageOptions({ conversationLabel }: { conversationLabel: string }) {
  return (
    <>
      <option value="conversation">{conversationLabel}</option>
      {LETTER_LANGS.map((code) => (
        <option key={code} value={code}>
          {letterLanguageName(code)}
        </option>
      ))}
    </>
  );
}
