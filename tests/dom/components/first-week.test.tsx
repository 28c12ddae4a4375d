/** Issue #15 on the pages: what a job-seeker sees and does in the popup, the options and the timeline. */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesEditor } from '../../../components/timeline/NotesEditor';

afterEach(cleanup);

describe('the notes form says how a topic reaches one interviewer', () => {
  it('names the "Ana: topic" form beside the note field', () => {
    render(<NotesEditor notes={[]} onAdd={() => undefined} onDelete={() => undefined} />);
    const field = screen.getByRole('textbox', { name: 'Note' });
    expect(field.getAttribute('aria-describedby')).toBe('note-hint');
    expect(document.getElementById('note-hint')?.textContent).toMatch(/every interviewer.*start with their first name/s);
  });
});

describe('the options page lists every correction, to undo', () => {
  it('shows each correction with an Undo that keeps the keyboard in the list', async () => {
    const { LessonsSection } = await import('../../../components/options/LessonsSection');
    const undone: string[] = [];
    render(
      <LessonsSection
        lessons={[]}
        onForget={() => undefined}
        corrections={[
          { key: 'gmail:m1', subject: 'Your application', sender: 'marta@bluefin.example', kindLabel: 'Not job mail', when: '3 Mar' },
          { key: 'gmail:m2', subject: 'Update', sender: '', kindLabel: 'Offer', when: '2 Mar' },
        ]}
        onUndo={(key) => undone.push(key)}
      />,
    );
    expect(screen.getByText('Not job mail')).toBeTruthy();
    const first = screen.getByRole('button', { name: 'Undo the correction of “Your application”' });
    first.focus();
    first.click();
    expect(undone).toEqual(['gmail:m1']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo the correction of “Update”' }));
  });
});

describe('the options page lists the organisations the user hires for or works at, to forget', () => {
  it('names each with when mail last showed it, and Forget hands it back', async () => {
    const { LessonsSection } = await import('../../../components/options/LessonsSection');
    const forgotten: string[] = [];
    render(
      <LessonsSection
        lessons={[]}
        onForget={() => undefined}
        hiringSides={[
          { organisation: 'brightwell-logistics.example', when: '18 Sep' },
          { organisation: 'nordwerk.example', why: 'works', when: '10 Sep' },
          { organisation: 'acme.example', when: '2 Sep' },
        ]}
        onForgetHiringSide={(organisation) => forgotten.push(organisation)}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Organisations on your side of hiring' })).toBeTruthy();
    // Each says why it is there: the user hires for it, or works there.
    expect(screen.getByText('brightwell-logistics.example').parentElement?.textContent).toContain('you hire for it');
    expect(screen.getByText('nordwerk.example').parentElement?.textContent).toContain('you work here');
    screen.getByRole('button', { name: 'Forget that you hire for brightwell-logistics.example' }).click();
    expect(forgotten).toEqual(['brightwell-logistics.example']);
    // The keyboard stays in the list: on the next organisation's Forget.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Forget that you work at nordwerk.example' }));
  });

  it('says nothing of them when there are none', async () => {
    const { LessonsSection } = await import('../../../components/options/LessonsSection');
    render(<LessonsSection lessons={[]} onForget={() => undefined} hiringSides={[]} onForgetHiringSide={() => undefined} />);
    expect(screen.queryByRole('heading', { name: 'Organisations on your side of hiring' })).toBeNull();
  });
});

describe('the privacy section points to the data section by name, wherever it sits', () => {
  it('links to "Your data" instead of saying "below"', async () => {
    const { PrivacyPromise } = await import('../../../components/options/PrivacyPromise');
    render(<PrivacyPromise />);
    expect(screen.queryByText(/below/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Your data' }).getAttribute('href')).toBe('#data-heading');
  });
});

describe('the application list counts in words', () => {
  it('says "1 application", not "1 applications"', async () => {
    const { ApplicationList } = await import('../../../components/timeline/ApplicationList');
    const app = { id: 'a', company: 'Acme', companyKey: 'acme', role: null, stage: 'applied' as const, round: 0, stance: null, archived: false, stageByUser: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    render(<ApplicationList applications={[app]} query="" stage="all" total={1} onQuery={() => undefined} onStage={() => undefined} selectedId={null} onSelect={() => undefined} />);
    expect(screen.getByText('1 application')).toBeTruthy();
  });
});

describe('archived applications are marked, and have a filter', () => {
  it('shows "Archived" on an archived application, and offers an Archived filter', async () => {
    const { ApplicationList } = await import('../../../components/timeline/ApplicationList');
    const base = { companyKey: 'x', role: null, stage: 'rejected' as const, round: 0, stance: null, stageByUser: false, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
    const apps = [{ ...base, id: 'a', company: 'Acme', archived: true }, { ...base, id: 'b', company: 'Bluefin', archived: false }];
    const picked: string[] = [];
    render(<ApplicationList applications={apps} query="" stage="all" selectedId={null} total={2} onQuery={() => undefined} onStage={(s) => picked.push(s)} onSelect={() => undefined} />);
    expect(screen.getByRole('button', { name: /Acme/ }).textContent).toContain('Archived');
    expect(screen.getByRole('button', { name: /Bluefin/ }).textContent).not.toContain('Archived');
    const select = screen.getByLabelText('Stage') as HTMLSelectElement;
    expect(Array.from(select.options).map((o) => o.text)).toContain('Archived');
  });
});

describe('snooze says until when, before and after', () => {
  it('"Later today" at 22:30 says tomorrow 08:00; "Tomorrow morning" on a Saturday names the day', async () => {
    const { snoozeOptions } = await import('../../../lib/popup/snooze-options');
    const { DEFAULT_SETTINGS } = await import('../../../lib/core/settings');
    const settings = { ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin' };
    // Saturday 7 March 2026, 22:30 in Berlin.
    const options = snoozeOptions(settings, new Date('2026-03-07T21:30:00Z'));
    const until = Object.fromEntries(options.map((o) => [o.id, o.until]));
    expect(until['later-today']).toMatch(/^tomorrow \d\d:\d\d$/);
    expect(until['tomorrow-morning']).toMatch(/^tomorrow \d\d:\d\d$/);
    expect(until['next-working-day']).toMatch(/^Monday \d\d:\d\d$/);
  });

  it('the menu shows each option with its time', async () => {
    const { SnoozeMenu } = await import('../../../components/popup/SnoozeMenu');
    render(<SnoozeMenu options={[{ id: 'later-today', label: 'Later today', until: 'tomorrow 08:00' }]} onPick={() => undefined} />);
    screen.getByRole('button', { name: /Snooze/ }).click();
    expect((await screen.findByRole('menuitem')).textContent).toBe('Later today · until tomorrow 08:00');
  });
});

describe('switching the tone of a draft asks before throwing away edits', () => {
  it('keeps the edits unless the user says to replace them', async () => {
    const { DraftPanel } = await import('../../../components/popup/DraftPanel');
    const { fireEvent } = await import('@testing-library/react');
    const draftFor = (tone: string) => ({ kind: 'draft' as const, subject: null, body: `Draft in ${tone}`, explain: '', source: 's' }) as never;
    render(<DraftPanel draftFor={draftFor} checkText={() => []} onCopy={async () => true} />);
    const box = screen.getByLabelText('Draft text') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Draft in warm, with my own words' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Formal' }));
    expect(box.value).toBe('Draft in warm, with my own words');
    fireEvent.click(screen.getByRole('button', { name: 'Keep my edits' }));
    expect(box.value).toBe('Draft in warm, with my own words');
    fireEvent.click(screen.getByRole('radio', { name: 'Formal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace my edits' }));
    expect((screen.getByLabelText('Draft text') as HTMLTextAreaElement).value).toBe('Draft in formal');
  });
});
