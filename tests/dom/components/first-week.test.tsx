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
