/**
 * Issue #18: the drafts' default language is chosen on the options page and the popup's draft starts on it; a
 * review card says why Callback thinks what it thinks.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsForm } from '../../../components/options/SettingsForm';
import { DraftPanel } from '../../../components/popup/DraftPanel';
import { ReviewCard } from '../../../components/popup/ReviewCard';
import { DEFAULT_SETTINGS, type DraftLanguage, type Settings } from '../../../lib/core/settings';
import { setTestLocale } from '../../support/i18n';

afterEach(() => {
  cleanup();
  setTestLocale('en');
});

const settings: Settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' };

describe('the options page chooses the language drafts are written in', () => {
  it('offers the conversation’s language or a fixed one, and saves the choice', async () => {
    const saved: Settings[] = [];
    render(<SettingsForm settings={settings} detectedZone="Europe/Berlin" zones={[]} onSave={async (s) => (saved.push(s), null)} />);
    const select = screen.getByLabelText('Language of drafts') as HTMLSelectElement;
    expect(select.value).toBe('conversation');
    expect([...select.options].map((o) => o.textContent)).toEqual(["The conversation's language", 'English', 'German', 'French', 'Spanish', 'Portuguese', 'Italian', 'Dutch']);
    fireEvent.change(select, { target: { value: 'fr' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(saved.at(-1)?.draftLanguage).toBe('fr'));
  });

  it('in German, names the choices in German', () => {
    setTestLocale('de');
    render(<SettingsForm settings={{ ...settings, draftLanguage: 'es' }} detectedZone="Europe/Berlin" zones={[]} onSave={async () => null} />);
    const select = screen.getByLabelText('Sprache der Entwürfe') as HTMLSelectElement;
    expect(select.value).toBe('es');
    expect(select.selectedOptions[0]?.textContent).toBe('Spanisch');
  });
});

describe("the popup's draft starts in the default language", () => {
  const calls: Array<DraftLanguage | undefined> = [];
  const draftFor = (tone: string, lang?: DraftLanguage) => {
    calls.push(lang);
    return { kind: 'draft' as const, subject: null, body: `${tone} in ${lang ?? 'the default'}`, explain: '', source: 's' } as never;
  };

  it('shows the default chosen in the options, and can go back to the conversation’s for this draft', () => {
    calls.length = 0;
    render(<DraftPanel draftFor={draftFor} checkText={() => []} onCopy={async () => true} defaultLanguage="fr" />);
    const select = screen.getByLabelText('Language') as HTMLSelectElement;
    expect(select.value).toBe('fr');
    expect(calls[0]).toBeUndefined();
    fireEvent.change(select, { target: { value: 'conversation' } });
    expect((screen.getByLabelText('Draft text') as HTMLTextAreaElement).value).toBe('warm in conversation');
  });

  it('without a default, or with one the playbook has no letters in, shows the conversation’s', () => {
    render(<DraftPanel draftFor={draftFor} checkText={() => []} onCopy={async () => true} defaultLanguage="ja" />);
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('conversation');
  });
});

describe('a review card says why', () => {
  const item = { id: 'r1', subject: 'Next steps', from: 'jobs@kestrel.test', snippet: 'Thanks for your interest.', kind: 'interview_request' as const, confidence: 0.45 };

  it('lists the evidence under "Why?"', () => {
    render(<ReviewCard item={{ ...item, why: ['calendar invite (body)', 'Greenhouse (applicant tracking) (sender)'] }} onConfirm={() => undefined} onCorrect={() => undefined} />);
    expect(screen.getByText('Why?').tagName).toBe('SUMMARY');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(expect.arrayContaining(['calendar invite (body)', 'Greenhouse (applicant tracking) (sender)']));
  });

  it('has no "Why?" before the evidence is read', () => {
    render(<ReviewCard item={item} onConfirm={() => undefined} onCorrect={() => undefined} />);
    expect(screen.queryByText('Why?')).toBeNull();
  });
});
