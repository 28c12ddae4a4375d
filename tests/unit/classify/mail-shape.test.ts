/**
 * The shape of a message in every language read (model/mail-shape.ts): its words live in the language packs
 * (`mailShape` in lang/<code>/index.ts), and the patterns built from them must read each language's replies,
 * forwards, calendar answers, candidates and panels.
 */
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_RESPONSE,
  CANDIDATE_WORD,
  isForwarded,
  namesOtherCandidate,
  ownerOnPanel,
  REPLY_PREFIX,
} from '../../../lib/core/classify/model/mail-shape';
import { followUser } from '../../../lib/core/classify/user-examples';
import { LANGUAGES } from '../../../lib/core/lang/index';

describe('the language packs’ mail-shape words', () => {
  it('are lower case, written once per pack, and every language has each kind of word', () => {
    for (const { code, mailShape } of LANGUAGES) {
      const lists = [mailShape.replyPrefixes, mailShape.forwardPrefixes, mailShape.calendarAnswers, mailShape.candidate, mailShape.panel, mailShape.interviewerRoles];
      for (const list of lists) {
        expect(list.length, code).toBeGreaterThan(0);
        expect(new Set(list).size, `${code}: ${list.join(', ')}`).toBe(list.length);
        for (const word of list) expect(word, code).toBe(word.toLowerCase());
      }
      expect(mailShape.forwardLine.length, code).toBeGreaterThan(5);
    }
  });

  it('name no candidate the quick search for a candidate word would miss', () => {
    for (const { code, mailShape } of LANGUAGES) for (const word of mailShape.candidate) expect(CANDIDATE_WORD.test(word), `${code}: ${word}`).toBe(true);
  });
});

describe('reply and forward prefixes, in every language', () => {
  it('are cut from a subject, stacked or alone, and nothing else is', () => {
    const cases: [string, string][] = [
      ['Re: Interview on Monday', 'Interview on Monday'],
      ['AW: WG: Ihre Bewerbung', 'Ihre Bewerbung'],
      ['Réf : Votre candidature', 'Votre candidature'],
      ['RES: Candidatura', 'Candidatura'],
      ['R: I: Colloquio', 'Colloquio'],
      ['Antw: Doorst: Sollicitatie', 'Sollicitatie'],
      ['Odp: PD: Rozmowa', 'Rozmowa'],
      ['SV: VB: Intervju', 'Intervju'],
      ['返信：転送: 面接のご案内', '面接のご案内'],
    ];
    for (const [subject, left] of cases) expect(subject.replace(REPLY_PREFIX, ''), subject).toBe(left);
    for (const subject of ['Resultat av testet', 'Interview on Monday', 'Svar på din ansökan', 'Inoltro della candidatura']) {
      expect(subject.replace(REPLY_PREFIX, ''), subject).toBe(subject);
    }
  });

  it('tell a forward by its prefix after replies, or by the forward line of any language', () => {
    for (const subject of ['Fwd: Offer', 'WG: Zusage', 'TR: Entretien', 'RV: Entrevista', 'ENC: Proposta', 'I: Colloquio', 'Doorst: Aanbod', 'PD: Oferta', 'VB: Erbjudande', '転送: 内定', 'Odp: PD: Oferta', 'Réf: TR: Entretien', '返信: 転送: 内定']) {
      expect(isForwarded(subject, 'Hi'), subject).toBe(true);
    }
    for (const subject of ['Re: Offer', 'Antw: Aanbod', 'Info: Offer', 'Tra: poco']) expect(isForwarded(subject, 'Hi'), subject).toBe(false);
    for (const { code, mailShape } of LANGUAGES) {
      expect(isForwarded('Zaproszenie', `Ja\n\n---------- ${mailShape.forwardLine} ---------\nOd: x`), code).toBe(true);
    }
  });

  it('read a calendar’s answer in every language by its subject', () => {
    for (const subject of ['Accepted: Call', 'Tentatively accepted: Call', 'Mit Vorbehalt angenommen: Termin', 'Accepté : Entretien', 'Aceptado: Entrevista', 'Aceito: Entrevista', 'Rifiutato: Colloquio', 'Voorlopig geaccepteerd: Gesprek', 'Wstępnie zaakceptowano: Rozmowa', 'Avböjt: Intervju', '仮承諾: 面接']) {
      expect(CALENDAR_RESPONSE.test(subject), subject).toBe(true);
    }
    for (const subject of ['Accepted offer letter inside', 'Ihre Bewerbung wurde angenommen', 'Candidature refusée']) expect(CALENDAR_RESPONSE.test(subject), subject).toBe(false);
  });
});

describe('candidates and panels, in every language', () => {
  it('find another person labelled as the candidate, and not the owner', () => {
    expect(namesOtherCandidate('Rozmowa', 'Kandydat: Jan Kowalski\nGodzina: 10:00')).toBe(true);
    expect(namesOtherCandidate('Intervju', 'Sökande: Lena Berg\nTid: 10:00')).toBe(true);
    expect(namesOtherCandidate('面接', '候補者：山田 太郎')).toBe(true);
    expect(namesOtherCandidate('Rozmowa', 'Kandydat: ownername\nGodzina: 10:00')).toBe(false);
    expect(namesOtherCandidate('Rozmowa', 'Zapraszamy na rozmowę o 10:00')).toBe(false);
  });

  it('find the owner on a panel or as its organiser, not as a guest', () => {
    expect(ownerOnPanel('Intervju', 'Intervjuare: ownername, Per Holm\nTid: 10:00')).toBe(true);
    expect(ownerOnPanel('Rozmowa', 'Komisja:\n- ownername\n- Anna Nowak')).toBe(true);
    expect(ownerOnPanel('面接', '面接官：ownername')).toBe(true);
    expect(ownerOnPanel('Gesprek', 'Sander – interviewer\nownername – interviewer')).toBe(true);
    expect(ownerOnPanel('Interview', 'Guests: ownername, Per Holm\nTime: 10:00')).toBe(false);
  });
});

describe('what the user taught, under a reply prefix of any language', () => {
  it('is followed by the same subject from the same organisation with a Polish or Japanese reply prefix', () => {
    const lesson = { sender: 'rekrutacja@firma.example', subject: 'Zaproszenie na rozmowę', kind: 'interview_request' as const, at: '2026-11-01T10:00:00Z' };
    const reply = followUser({ from: { name: '', address: 'hr@firma.example' }, subject: 'Odp: Zaproszenie na rozmowę' }, [lesson]);
    expect(reply?.kind).toBe('interview_request');
    const ja = { sender: 'saiyo@kaisha.example', subject: '一次面接のご案内', kind: 'interview_request' as const, at: '2026-11-01T10:00:00Z' };
    expect(followUser({ from: { name: '', address: 'jinji@kaisha.example' }, subject: '返信: 一次面接のご案内' }, [ja])?.kind).toBe('interview_request');
  });
});
