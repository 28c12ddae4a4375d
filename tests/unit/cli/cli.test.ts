import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const FIXTURES = resolve(ROOT, 'tests/fixtures/mail');

function cli(args: string[], input = '') {
  const run = spawnSync('npx', ['tsx', 'lib/cli/main.ts', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('classify: JSON Lines in, one line out per input, in order', { timeout: 60_000 }, () => {
  const input = [
    JSON.stringify({ id: 'a', subject: 'Your application', from: 'Northwind Hiring Team <no-reply@greenhouse-mail.io>', date: '2026-03-05T10:00:00Z', body: 'Unfortunately, we will not be moving forward with your application for the Data Analyst position.' }),
    '{not json',
    JSON.stringify({ id: 'b', subject: 'Interview confirmation', from: 'Priya <priya@kestrel.io>', date: '2026-03-05T10:00:00-05:00', body: 'Your interview is confirmed for Tuesday, March 10 at 2pm PT. Join: https://kestrel.zoom.us/j/123' }),
    JSON.stringify({ id: 'c', subject: 'no body here' }),
    JSON.stringify({ id: 'd', subject: 'Weekly digest', from: 'news@jobs.test', body: 'Your job alert: 30 new jobs match your preferences.' }),
  ].join('\n');

  const run = cli(['classify'], `${input}\n`);
  const out = lines(run.stdout);

  it('answers every line in order and exits 1 because some lines failed', () => {
    expect(out.map((o) => o.id ?? `line ${String(o.line)}`)).toEqual(['a', 'line 2', 'b', 'line 4', 'd']);
    expect(run.code).toBe(1);
  });

  it('gives the contract fields, with null for what is unknown', () => {
    expect(Object.keys(out[0]!).sort()).toEqual(['company', 'confidence', 'deadline', 'evidence', 'id', 'interview', 'kind', 'links', 'people', 'role'].sort());
    expect(out[0]).toMatchObject({ kind: 'rejection', company: 'Northwind', role: 'Data Analyst', interview: null, deadline: null, links: [] });
    expect(out[0]!.evidence).toEqual(expect.arrayContaining([expect.objectContaining({ where: 'body' })]));
    expect(out[2]).toMatchObject({
      kind: 'interview_confirmed',
      interview: { start: '2026-03-10T14:00:00-07:00', end: null, timeZone: 'America/Los_Angeles' },
      links: ['https://kestrel.zoom.us/j/123'],
    });
    expect(out[4]).toMatchObject({ kind: 'other', company: null });
  });

  it('says what is wrong with a bad line', () => {
    expect(out[1]).toEqual({ line: 2, error: expect.stringContaining('not JSON') });
    expect(out[3]).toEqual({ line: 4, error: 'missing "body"' });
  });

  it('exits 0 when every line is good', () => {
    const ok = cli(['classify'], `${JSON.stringify({ id: 'x', subject: '', from: '', body: 'Thanks for applying!' })}\n`);
    expect(ok.code).toBe(0);
    expect(lines(ok.stdout)).toHaveLength(1);
  });
});

describe('scan: .eml, .mbox and .jsonl files', { timeout: 60_000 }, () => {
  it('prints a table row per email with date, kind, company, role and interview time', () => {
    const run = cli(['scan', join(FIXTURES, 'interview-invite.eml'), join(FIXTURES, 'inbox.mbox')]);
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^date\s+kind\s+company\s+role\s+interview/);
    expect(rows.slice(1)).toEqual([
      expect.stringMatching(/^2026-03-03 09:15\s+interview_confirmed\s+Northwind\s+Backend Engineer\s+2026-03-10 14:00 America/),
      expect.stringMatching(/^2026-03-05 10:00\s+application_received\s+Acme\s+Data Analyst/),
      expect.stringMatching(/^2026-03-20 10:00\s+rejection\s+Acme\s+Data Analyst/),
    ]);
  });

  it('prints JSON Lines with --json', () => {
    const run = cli(['scan', '--json', join(FIXTURES, 'interview-invite-base64.eml')]);
    expect(lines(run.stdout)).toEqual([expect.objectContaining({ kind: 'interview_confirmed', interview: expect.objectContaining({ timeZone: 'Europe/Berlin' }) })]);
  });

  it('names an unreadable or unparsable file with the reason and still scans the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callback-scan-'));
    writeFileSync(join(dir, 'empty.mbox'), 'no separator lines here\n');
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    writeFileSync(join(dir, 'mixed.jsonl'), `${JSON.stringify({ id: 'j1', subject: '', from: '', body: 'Thanks for applying to Acme! We will review your application for the Data Analyst role.' })}\nnot json\n`);
    const run = cli(['scan', join(dir, 'missing.eml'), join(dir, 'empty.mbox'), join(dir, 'notes.txt'), join(dir, 'mixed.jsonl'), join(FIXTURES, 'interview-invite.eml')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.eml: cannot read: no such file');
    expect(run.stderr).toContain('empty.mbox: cannot parse: not an mbox');
    expect(run.stderr).toContain('notes.txt: unsupported file type ".txt"');
    expect(run.stderr).toContain('mixed.jsonl:2: not JSON');
    expect(run.stdout).toMatch(/application_received\s+Acme/);
    expect(run.stdout).toMatch(/interview_confirmed\s+Northwind/);
  });
});

describe('eval', { timeout: 60_000 }, () => {
  it('says clearly when the corpus is missing', () => {
    const run = cli(['eval', '/nonexistent/emails.jsonl']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no file at /nonexistent/emails.jsonl');
  });

  it('prints the confusion matrix, per-kind figures, macro-F1 and the misses of a labelled file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'callback-eval-'));
    const file = join(dir, 'labelled.jsonl');
    writeFileSync(
      file,
      [
        { id: 'r1', label: 'rejection', subject: '', from: '', body: 'Unfortunately we will not be moving forward with your application.' },
        { id: 'o1', label: 'other', subject: '', from: '', body: 'Your order has shipped.' },
        { id: 'x1', label: 'offer', subject: '', from: '', body: 'Your order has shipped.' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const run = cli(['eval', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Confusion matrix');
    expect(run.stdout).toMatch(/macro-F1\s+\d\.\d{3}/);
    expect(run.stdout).toMatch(/rejection precision\s+1\.000/);
    expect(run.stdout).toContain('x1  expected offer, got other');
    expect(run.stdout).toMatch(/decided precision\s+\d\.\d{3}/);
    expect(run.stdout).toMatch(/sent to review\s+\d+\.\d%/);
  });
});

describe('usage', { timeout: 60_000 }, () => {
  it('rejects an unknown command with exit 2', () => {
    const run = cli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command');
  });
});

describe('train --held-out: a clear message, and no weights written, when its arguments are wrong', { timeout: 60_000 }, () => {
  it('names a pattern that matches no set', () => {
    const run = cli(['train', '--held-out', '^no-such-set$']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no set matches ^no-such-set$');
  });

  it('names settings that are not JSON', () => {
    const run = cli(['train', '--held-out', '^b12$', '--settings', '{balance: 0.25']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not JSON');
  });

  it('names a pattern that is not a regular expression', () => {
    const run = cli(['train', '--held-out', '(']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('not a regular expression');
  });
});
