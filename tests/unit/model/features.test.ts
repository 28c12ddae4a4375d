import { describe, expect, it } from 'vitest';
import { featuresOf, FEATURE_DIM, hashFeature, tokenize } from '../../../lib/core/classify/model/features';
import { mail } from '../classify/helpers';

describe('what the model reads of an email', () => {
  it('reads words in lower case with digits folded, so times and ids read alike', () => {
    expect(tokenize('Interview on 12 March at 14:30, ref R-0045821')).toEqual(['interview', 'on', '0', 'march', 'at', '0', '0', 'ref', 'r', '0']);
  });

  it('reads full-width Japanese digits and letters as ASCII and Japanese text as character pairs', () => {
    expect(tokenize('面接日程')).toEqual(['面接', '接日', '日程']);
    expect(tokenize('ＡＢＣ１２')).toEqual(['abc0']);
  });

  it('keeps accented letters inside words (German, French, Polish, Swedish)', () => {
    expect(tokenize('Zusage für Łódź, tyvärr, entretien réussi')).toEqual(['zusage', 'für', 'łódź', 'tyvärr', 'entretien', 'réussi']);
  });

  it('gives the subject, the body and the sender features of their own', () => {
    const names = featuresOf({ email: mail('Offer letter', 'We are delighted.', 'Acme Talent <talent@acme.example>') }).map((f) => f.name);
    expect(names).toContain('sw:offer');
    expect(names).toContain('w:delighted');
    expect(names).toContain('fd:acme');
    expect(names).toContain('fl:talent');
  });

  it('reads what the rules concluded and what the earlier messages of the thread were', () => {
    const names = featuresOf({
      email: mail('Re: times', 'Thursday at 2pm works, see you then'),
      rules: { kind: 'other', confidence: 0.9, signals: [] },
      earlier: ['interview_request'],
    }).map((f) => f.name);
    expect(names).toContain('r:other');
    expect(names).toContain('t:last:interview_request');
    expect(names).toContain('has:clock');
  });

  it('hashes every feature into the table, the same way on every run', () => {
    expect(hashFeature('w:absage')).toBe(hashFeature('w:absage'));
    for (const f of featuresOf({ email: mail('x', 'a b c d e f') })) expect(f.bucket).toBeLessThan(FEATURE_DIM);
  });

  it('costs the same for a 1 MB email as for its first pages: the body is capped before reading', () => {
    const huge = 'word '.repeat(200_000);
    const small = 'word '.repeat(2_000);
    expect(featuresOf({ email: mail('s', huge) }).length).toBe(featuresOf({ email: mail('s', small) }).length);
  });
});
