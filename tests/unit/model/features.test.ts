import { describe, expect, it } from 'vitest';
import { featuresOf, FEATURE_DIM, hashFeature, readFeatures, tokenize, vectorOf } from '../../../lib/core/classify/model/features';
import { fnv, OFFSET } from '../../../lib/core/classify/model/collector';
import { readTokens, TokenList } from '../../../lib/core/classify/model/tokens';
import { mail } from '../../support/builders';

describe('what the model reads of an email', () => {
  it('reads words in lower case with digits folded, so times and ids read alike', () => {
    expect(tokenize('Interview on 12 March at 14:30, ref R-0045821')).toEqual(['interview', 'on', '0', 'march', 'at', '0', '0', 'ref', 'r', '0']);
  });

  it('reads full-width Japanese digits and letters as ASCII and Japanese text as character pairs', () => {
    expect(tokenize('面接日程')).toEqual(['面接', '接日', '日程']);
    expect(tokenize('ＡＢＣ１２')).toEqual(['abc0']);
  });

  it('reads a day or a month name of any language as one word, so no weekday or month becomes a sign of a kind', () => {
    expect(tokenize('See you Saturday 5 December')).toEqual(['see', 'you', 'dayname', '0', 'monthname']);
    expect(tokenize('sábado 5 de diciembre, Montag 3. Januar, woensdag 4 maart, środa 12 października')).toEqual([
      'dayname', '0', 'de', 'monthname', 'dayname', '0', 'monthname', 'dayname', '0', 'monthname', 'dayname', '0', 'monthname',
    ]);
    // Short forms and names that are also words stay as written: "sat", "mai", "march on".
    expect(tokenize('we sat down in mai; march on')).toEqual(['we', 'sat', 'down', 'in', 'mai', 'march', 'on']);
  });

  it('keeps accented letters inside words (German, French, Polish, Swedish)', () => {
    expect(tokenize('Zusage für Łódź, tyvärr, entretien réussi')).toEqual(['zusage', 'für', 'łódź', 'tyvärr', 'entretien', 'réussi']);
  });

  it('reads a capital sigma or a dotted capital I as the whole text\'s lower case reads it', () => {
    // Σ ends a word as ς and stands inside one as σ; İ becomes two characters. Such a text is lower-cased whole.
    expect(tokenize('ΟΔΟΣ ΣΟΦΙΑ, İzmir')).toEqual(['οδος', 'σοφια', 'i\u0307zmir']);
    expect(tokenize('Entretien confirmé ÉTÉ')).toEqual(['entretien', 'confirmé', 'été']);
  });

  it('hashes each word as it reads, in the one pass that finds it', () => {
    const list = new TokenList();
    readTokens('Zusage: 14:30 Uhr, Montag R2-D2 面接日程 ΟΔΟΣ', list);
    expect(list.count).toBeGreaterThan(8);
    for (let i = 0; i < list.count; i++) expect(list.hashes[i], list.word(i)).toBe(fnv(OFFSET, list.word(i)));
  });

  it('keeps every word of a text longer than its lists were made for, hashes and all', () => {
    const list = new TokenList();
    readTokens(Array.from({ length: 5_000 }, (_, i) => `w${i % 7 === 0 ? 'x' : ''}a`).join(' '), list);
    expect(list.count).toBe(5_000);
    // Word 4,998 is a multiple of seven.
    expect(list.word(4_998)).toBe('wxa');
    expect(list.word(4_997)).toBe('wa');
    expect(list.hashes[4_998]).toBe(fnv(OFFSET, 'wxa'));
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

  it('reads whether the conversation spoke of a job, the owner\'s own messages included, most of all for a reply without a job word', () => {
    const names = (body: string, threadAboutJob: boolean | undefined) => featuresOf({ email: mail('Re: Saturdays', body), threadAboutJob }).map((f) => f.name).filter((n) => n.startsWith('tj:'));
    expect(names('Tuesday 10 then, ask for Maria', true)).toEqual(['tj:job:jw:none']);
    expect(names('Tuesday 10 then for the interview', true)).toEqual(['tj:job']);
    expect(names('Tuesday 10 then, ask for Maria', false)).toEqual(['tj:none']);
    expect(names('Tuesday 10 then, ask for Maria', undefined)).toEqual([]);
  });

  it.each([
    ['an interviewer invitation (it)', 'Invito: Colloquio – gio 1 ott 16:00', 'Sei stata aggiunta come intervistatrice.\n\nCandidato: Matteo Greco\nRuolo: Frontend Engineer', 'giulia.ferrari@posta.example', true],
    ['a calendar title naming the candidate (pl)', 'Zaproszenie: Rozmowa techniczna – kandydat Michał Zieliński @ czw. 13:00', 'Otrzymujesz zaproszenie.', 'tomasz.wrobel@dev.example', true],
    ['a schedule with a label line (ja)', '面接日程', '候補者：山田 太郎\n日時：10月3日 14:00', 'hanako.sato@mail.example', true],
    ['a guest list labelling the candidate after the name (es)', 'Invitación: Entrevista técnica @ jue 10 sept 11:00', 'Invitados: Pablo Giner (organizador), Lucía Ortega, Álvaro Roig (candidato)', 'lucia.ortega@correo.example', true],
    ['a title naming the candidate by initial (it)', 'Invito: Colloquio addetto vendite – candidata G. Ferraris @ mar 8 set 15:00', 'Sei stato invitato.', 'davide.lombardo@posta.example', true],
    ['the owner labelled as the candidate, the address without accents (pl)', 'Zaproszenie: Rozmowa rekrutacyjna - Magdalena Wiśniewska (kandydatka)', 'Do zobaczenia.', 'magda.wisniewska@poczta.example', false],
    ['the owner named as the candidate', 'Interview confirmation', 'Candidate: Giulia Ferrari\nRole: Frontend Engineer\nWhen: Thursday 16:00', 'giulia.ferrari@posta.example', false],
    ['the candidate portal, no one named', 'Your application', 'Log in to the candidate portal to see your status.', 'giulia.ferrari@posta.example', false],
  ])('knows whether %s names someone else as the candidate', (_what, subject, body, owner, other) => {
    const names = featuresOf({ email: { ...mail(subject, body, 'Recruiting <jobs@acme.example>'), account: { index: 0, address: owner } } }).map((f) => f.name);
    expect(names.includes('cand:other')).toBe(other);
  });

  it.each([
    ['a calendar that lists the owner among the interviewers', 'Interview: Femke Jansen – Developer', 'Monday 13:00\nInterviewers: Sander de Wit, Ilse Verbeek\nCandidate: Femke Jansen', 'sanderdewit@example.nl', true],
    ['a schedule that gives the owner an interviewer’s role', 'Painel', 'Terça 14:00\nConvidados:\nRafael Tavares (entrevistador)\nGuilherme Rocha', 'rafael.tavares@example.com', true],
    ['a list of interviewers on several lines', 'Entrevista', 'Entrevistadores:\n- Marta Ruiz\n- Rafael Tavares\n\nGracias', 'rafael.tavares@example.com', true],
    ['the owner’s own interview, its interviewers named', 'Your interview', 'Dear Sander de Wit,\nTuesday 10:00\nInterviewers: Marta Ruiz, Ilse Verbeek', 'sanderdewit@example.nl', false],
    ['the owner named after the panel’s list has ended', 'Interview', 'Panel: Marta Ruiz, Ilse Verbeek\n\nCandidate: Rafael Tavares', 'rafael.tavares@example.com', false],
    ['a calendar invitation the owner organises (it)', 'Invito: Colloquio tecnico @ lun 7 set 15:00', 'lunedì 7 settembre 2026 ⋅ 15:00 – 16:00\nSala 2\n\nOrganizzatore: Rafael Tavares\nPartecipanti: Rafael Tavares, Marta Ruiz', 'rafael.tavares@example.com', true],
    ['a calendar invitation the owner organises (pl)', 'Zaproszenie: Rozmowa', 'poniedziałek 10:00\nOrganizator: Magdalena Wiśniewska', 'magda.wisniewska@poczta.example', true],
    ['the owner’s own interview, organised by the recruiter', 'Invitation: Interview @ Mon 7 Sep 15:00', 'Monday 15:00 – 16:00\nOrganizer: Marta Ruiz\nGuests: Marta Ruiz, Rafael Tavares', 'rafael.tavares@example.com', false],
    ['a list of interviewers whose label stands above blank lines and its colon, the owner fourth on it', 'Panel', 'Thursday 09:00\n\nInterviewers\n\n\n:\nMarta Ruiz\nIlse Verbeek\nJoan Prats\nRafael Tavares\n\nRoom 4', 'rafael.tavares@example.com', true],
    ['the owner fifth under a list’s label, past its reach', 'Panel', 'Interviewers:\nMarta Ruiz\nIlse Verbeek\nJoan Prats\nPia Holm\nRafael Tavares', 'rafael.tavares@example.com', false],
  ])('knows whether %s puts the owner on the panel', (_what, subject, body, owner, expected) => {
    const names = featuresOf({ email: { ...mail(subject, body, 'Calendar <calendar@acme.example>'), account: { index: 0, address: owner } } }).map((f) => f.name);
    expect(names.includes('owner:panel')).toBe(expected);
  });

  it('takes an invitation the owner organises as their hiring, but not a calendar’s answer to one they sent', () => {
    const owner = { index: 0, address: 'rafael.tavares@example.com' };
    const details = 'Monday 15:00 – 16:00\nOrganizer: Rafael Tavares\nGuests: Rafael Tavares, Marta Ruiz';
    const invite = readFeatures({ email: { ...mail('Invitation: Interview – Lena Vogt @ Mon 15:00', details, 'Calendar <calendar@acme.example>'), account: owner } });
    expect(invite.ownerHires).toBe(true);
    // The owner invited a recruiter to a call about a role; the recruiter's calendar answers with the same details.
    const accepted = readFeatures({ email: { ...mail('Accepted: Call about the Data Engineer role @ Mon 15:00', details, 'Marta Ruiz <marta@globex.example>'), account: owner } });
    expect(accepted.ownerHires).toBe(false);
    const angenommen = readFeatures({ email: { ...mail('Angenommen: Gespräch @ Mo 15:00', details, 'Marta Ruiz <marta@globex.example>'), account: owner } });
    expect(angenommen.ownerHires).toBe(false);
  });

  it.each([
    ['a Gmail forward', 'Bewerbung', 'FYI\n\n---------- Forwarded message ---------\nFrom: Jobs <jobs@acme.example>', 'fwd', true],
    ['a German forward', 'Bewerbung', 'Siehe unten.\n-------- Weitergeleitete Nachricht --------\nVon: Jobs', 'fwd', true],
    ['a Japanese forward', '面接', '---------- 転送メッセージ ----------\n差出人: 採用担当', 'fwd', true],
    ['a message that only speaks of forwarding', 'Your application', 'We forwarded your message to the team.', 'fwd', false],
    ['a Zoom link', 'Call', 'Join: https://acme.zoom.us/j/123456', 'inv', true],
    ['a Teams link', 'Call', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting', 'inv', true],
    ['a link to a Zoom page that is not a meeting', 'Call', 'See https://zoom.us/pricing', 'inv', false],
  ])('knows %s by the line or link its program writes', (_what, subject, body, feature, expected) => {
    const names = featuresOf({ email: mail(subject, body) }).map((f) => f.name);
    expect(names.includes(feature)).toBe(expected);
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

  it('files every feature under the bucket its own name hashes to: words, pairs, pieces, digits, Japanese, sender', () => {
    const email = mail('Re: 面接日程 2回目 for R2-D2', 'Absageschreiben: wir bedauern, 14:30 Uhr passt leider nicht. 日本語abc12テスト', 'Zoë Müller <talent.team42@bewerbung.example.de>');
    const features = featuresOf({ email, rules: { kind: 'rejection', confidence: 0.9, signals: ['bedauern'] }, earlier: ['interview_request'] });
    expect(features.map((f) => f.name)).toEqual(expect.arrayContaining(['sw:面接', 'sb:0 回目', 'w:absageschreiben', 'c:absag', 'b:0 uhr', 'w:abc0', 'fl:team0', 'fn:müller']));
    for (const f of features) expect(f.bucket, f.name).toBe(hashFeature(f.name));
  });

  it('still names the features of an email after the next one has been read', () => {
    const first = vectorOf({ email: mail('Interview invitation', 'We would like to invite you to an interview next week.') });
    const expected = Array.from({ length: first.count }, (_, i) => first.name(i));
    const second = vectorOf({ email: mail('Absage', 'Leider müssen wir Ihnen mitteilen, dass wir uns anders entschieden haben.') });
    expect(Array.from({ length: first.count }, (_, i) => first.name(i))).toEqual(expected);
    expect(second.name(0)).not.toBe(expected[0]);
    expect(first.name(0)).toBe(expected[0]);
  });
});
