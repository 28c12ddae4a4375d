/**
 * The playbook's conventions, checked for every rule (lib/core/playbook/<rule>.ts): it names its source, says why,
 * lapses for a stated reason, has a letter in every tone (or says it calls for an action, not a message), answers
 * in both stances, and has a test file of its own. A new rule that skips one of these fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../lib/core/advice/sources';
import { draftFor, TONES } from '../../../lib/core/drafts';
import { PLAYBOOK, PLAYBOOK_RULES } from '../../../lib/core/playbook';
import { STANCE_IDS } from '../../../lib/core/timeline/types';
import { application, event, settings } from '../drafts/fixtures';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ids = PLAYBOOK_RULES.map((r) => r.id);

describe('every rule of the playbook', () => {
  it.each(ids)('%s lives in its own file and is filed under its own id', (id) => {
    expect(PLAYBOOK[id].id).toBe(id);
    const file = join(ROOT, 'lib/core/playbook', `${id}.ts`);
    expect(existsSync(file), `lib/core/playbook/${id}.ts is missing`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`id: '${id}'`);
  });

  it.each(ids)('%s says what to do and why, names its source, and why it lapses when it does', (id) => {
    const rule = PLAYBOOK[id];
    expect(rule.action.length).toBeGreaterThan(5);
    expect(rule.why.length).toBeGreaterThan(20);
    expect(Object.keys(SOURCES)).toContain(rule.source);
    expect(rule.timing.lapseDays).toBeGreaterThan(0);
    expect(rule.timing.lapseWhy.length).toBeGreaterThan(10);
    expect(rule.timing.due.length).toBeGreaterThan(5);
  });

  it.each(ids)('%s has a letter in every tone and stance, or says it calls for no letter', (id) => {
    const rule = PLAYBOOK[id];
    for (const stance of STANCE_IDS) {
      for (const tone of TONES) {
        const result = draftFor({ ruleId: id, tone, stance, application, event: event(), settings, asReply: false });
        if (!rule.letters) {
          expect(result, `${id} ${stance} ${tone}`).toMatchObject({ kind: 'none', reason: 'no-message' });
        } else if (rule.letters.meta.doorOpenOnly && stance === 'clean_break') {
          expect(result, `${id} ${stance} ${tone}`).toMatchObject({ kind: 'none', reason: 'clean-break' });
        } else {
          expect(rule.letters.tones[tone], `${id} has no ${tone} letter`).toBeDefined();
          expect(result, `${id} ${stance} ${tone}`).toMatchObject({ kind: 'draft', tone, source: SOURCES[rule.source], why: rule.why });
        }
      }
    }
  });

  it.each(ids)('%s has a test of its own (tests/unit/playbook/<rule>.test.ts)', (id) => {
    const file = join(ROOT, 'tests/unit/playbook', `${id}.test.ts`);
    expect(existsSync(file), `tests/unit/playbook/${id}.test.ts is missing`).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/\bit(\.each)?\(/);
  });

  it('the rule ids sort without one being a prefix of another with a colon (the reminder order relies on it)', () => {
    for (const id of ids) expect(id).not.toContain(':');
  });
});

describe('what the interface says of each rule', () => {
  const en = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
  const key = (id: string, part: string) => `rule_${id.replace(/-/g, '_')}_${part}`;

  it.each(ids)('%s: the English interface words its action and why exactly as the playbook does, in every language', (id) => {
    expect(en[key(id, 'action')]?.message).toBe(PLAYBOOK[id].action);
    expect(en[key(id, 'why')]?.message).toBe(PLAYBOOK[id].why);
    for (const lang of ['de', 'fr', 'es']) {
      const catalogue = JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
      expect(catalogue[key(id, 'action')]?.message, `${lang}: ${key(id, 'action')}`).toBeTruthy();
      expect(catalogue[key(id, 'why')]?.message, `${lang}: ${key(id, 'why')}`).toBeTruthy();
    }
  });
});
