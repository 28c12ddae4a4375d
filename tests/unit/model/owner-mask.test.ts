import { describe, expect, it } from 'vitest';
import { maskOwner, ownerMaskOf, sentInOwnersName } from '../../../lib/core/classify/model/owner-mask';
import { featuresOf } from '../../../lib/core/classify/model/features';
import { classify } from '../../../lib/core/classify/pipeline';
import { defaultModel } from '../../../lib/core/classify/model/default-model';

const mask = ownerMaskOf('ravi.menon@example.com')!;

describe("the owner's name as the model reads it", () => {
  it('is the same word for every owner, in the subject and the body', () => {
    expect(maskOwner('Interview: Ravi Menon / Kitewire', mask)).toBe('Interview: ownername ownername / Kitewire');
    expect(maskOwner('Guests: ravi.menon@example.com, Dana', mask)).toBe('Guests:  ownermail , Dana');
  });

  it('leaves words that only contain a part of the name alone', () => {
    expect(maskOwner('Menonite history; Ravioli at noon', mask)).toBe('Menonite history; Ravioli at noon');
  });

  it('knows the name with its accents when the address drops them, and keeps the rest of the text as written', () => {
    const polish = ownerMaskOf('magdalena.wisniewska@example.pl')!;
    expect(maskOwner('Rozmowa: Magdalena Wiśniewska, środa 10:00', polish)).toBe('Rozmowa: ownername ownername, środa 10:00');
    const french = ownerMaskOf('helene.lefevre@example.fr')!;
    expect(maskOwner('Bonjour Hélène, entretien avec Mme LEFÈVRE à 14h', french)).toBe('Bonjour ownername, entretien avec Mme ownername à 14h');
    expect(maskOwner('Wiśniewskiego 12, Kraków', polish)).toBe('Wiśniewskiego 12, Kraków');
  });

  it('knows a name the address writes as one word', () => {
    const joined = ownerMaskOf('sanderdewit@example.nl')!;
    expect(maskOwner('Gasten: Sander de Wit – interviewer; Femke Jansen', joined)).toBe('Gasten: ownername – interviewer; Femke Jansen');
    expect(maskOwner('Sander de-Wit', joined)).toBe('ownername');
    expect(maskOwner('Sander de Witte, Sanderdewitstraat', joined)).toBe('Sander de Witte, Sanderdewitstraat');
    expect(maskOwner('s '.repeat(100_000), joined).length).toBe(200_000);
  });

  it('masks exactly what lower-casing and folding the whole text would find, on any text', () => {
    // The reference: the text lower-cased and folded whole, then searched (how the mask was first written).
    const fold = (t: string) => t.replace(/[\u00c0-\u024f]/g, (ch) => {
      const base = ch === 'ł' ? 'l' : ch === 'ø' ? 'o' : ch === 'đ' ? 'd' : ch.normalize('NFD').charAt(0);
      return base.length === 1 && base >= 'a' && base <= 'z' ? base : ch;
    });
    const word = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f);
    const reference = (text: string, owner: string): string => {
      const m = ownerMaskOf(owner)!;
      const lower = text.toLowerCase();
      if (text === '' || lower.length !== text.length) return text;
      const plain = fold(lower);
      const cuts: [number, number, string][] = [];
      for (let i = lower.indexOf(m.address); i !== -1; i = lower.indexOf(m.address, i + m.address.length)) cuts.push([i, i + m.address.length, ' ownermail ']);
      for (const part of m.parts) {
        for (let i = plain.indexOf(part); i !== -1; i = plain.indexOf(part, i + part.length)) {
          if (!word(plain.charCodeAt(i - 1)) && !word(plain.charCodeAt(i + part.length))) cuts.push([i, i + part.length, 'ownername']);
        }
      }
      for (const part of m.parts.filter((p) => p.length >= 7)) {
        for (let i = plain.indexOf(part[0]!); i !== -1; i = plain.indexOf(part[0]!, i + 1)) {
          if (word(plain.charCodeAt(i - 1))) continue;
          let [j, k, words] = [i, 0, 1];
          while (k < part.length && j < plain.length) {
            const c = plain.charCodeAt(j);
            if (c === part.charCodeAt(k)) [j, k] = [j + 1, k + 1];
            else if ((c === 32 || c === 45) && k > 0 && words < 4 && plain.charCodeAt(j + 1) === part.charCodeAt(k)) [j, words] = [j + 1, words + 1];
            else break;
          }
          if (k === part.length && words >= 2 && !word(plain.charCodeAt(j))) cuts.push([i, j, 'ownername']);
        }
      }
      cuts.sort((a, b) => a[0] - b[0]);
      let [out, at] = ['', 0];
      for (const [from, to, w] of cuts) {
        if (from < at) continue;
        out += text.slice(at, from) + w;
        at = to;
      }
      return out + text.slice(at);
    };
    // Texts made of pieces of the owners' names in every case and with accents, and characters that lower-case or
    // fold unusually: the Kelvin sign reads as k, ſ stays itself, Σ and an astral letter change case.
    const pieces = ['ana', 'Ana', 'ÁNA', 'anna', 'sander', 'Sänder', 'de', 'De', 'wit', 'WIT', 'sanderdewit', 'ana.kowal@x.pl', 'ANA.KOWAL@X.PL', 'kowal', 'Kował',
      'K', '\u212a', 'ſ', 'Σ', '𐐀', ' ', '-', '  ', '.', '@', 'x', '1', 'é', 'ł', '\n', 'a', 'n', 'aa', 'ron', 'Smith', 'aaronsmith'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (const owner of ['ana.kowal@x.pl', 'sanderdewit@example.nl', 'anaana@x.pl', 'ANA.Kowal@X.pl', 'aaronsmith@x.pl']) {
      for (let n = 0; n < 3_000; n++) {
        const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
        expect(maskOwner(text, ownerMaskOf(owner)!), `${owner}: ${JSON.stringify(text)}`).toBe(reference(text, owner));
      }
    }
    // An address beyond ASCII is masked the same way, by the slow path.
    const unusual = ownerMaskOf('anaïs.kowal@x.pl')!;
    expect(unusual.searches).toBeNull();
    expect(maskOwner('Bonjour ANAÏS.KOWAL@X.PL et Kowal', unusual)).toBe('Bonjour  ownermail  et ownername');
    const accented = ownerMaskOf('sanderdewït@example.nl')!;
    expect(accented.searches).toBeNull();
    expect(maskOwner('Gasten: Sander de-Wit – interviewer; Sander de Witte', accented)).toBe('Gasten: ownername – interviewer; Sander de Witte');
    // So is one longer than any address can be (no pattern is built from it).
    const long = ownerMaskOf(`${'x'.repeat(260)}.ana.kowal@x.pl`)!;
    expect(long.searches).toBeNull();
    expect(maskOwner('Dear Ana Kowal,', long)).toBe('Dear ownername ownername,');
  });

  it('reads a text whose lower case changes length as it is, and never throws', () => {
    expect(maskOwner('İstanbul Ravi', mask)).toBe('İstanbul Ravi');
    expect(ownerMaskOf('no-address')).toBeNull();
    expect(maskOwner('ravi '.repeat(50_000), mask).startsWith('ownername ownername')).toBe(true);
  });

  it('gives two owners’ identical mail the same features', () => {
    const mail = (owner: string, name: string) => ({
      id: 'x', source: 'cli' as const, subject: `Interview: ${name} / Kitewire`, from: { name: 'Kitewire', address: 'jobs@kitewire.example' },
      date: null, body: `Hi ${name.split(' ')[0]}, see you Tuesday at 10.`, account: { index: null, address: owner },
    });
    const names = (owner: string, name: string) => featuresOf({ email: mail(owner, name) }).map((f) => f.name).sort();
    expect(names('ravi.menon@example.com', 'Ravi Menon')).toEqual(names('dana.kowalski@example.com', 'Dana Kowalski'));
  });

  it('never shows the stand-in words as evidence', () => {
    const email = {
      id: 'y', source: 'cli' as const, subject: 'Interview: Ravi Menon / Kitewire', from: { name: 'Kitewire', address: 'jobs@kitewire.example' },
      date: null, body: 'Hi Ravi, your interview is confirmed for Tuesday 10 March at 10:00.', account: { index: null, address: 'ravi.menon@example.com' },
    };
    const result = classify(email, { model: defaultModel() });
    expect(result.evidence.map((e) => e.signal).join(' ')).not.toMatch(/owner(name|mail)|dayname|monthname/);
  });
});

describe('mail from another address in the owner\'s own name', () => {
  const owner = 'dana.whitlock@kestrelmail.example';

  it('is found by every name part of the owner\'s address, in the sender\'s name or address, accents or not', () => {
    expect(sentInOwnersName({ name: 'Dana Whitlock', address: 'dana@brightwater-dental.example' }, owner)).toBe(true);
    expect(sentInOwnersName({ name: 'Jörg Haberland', address: 'j.haberland@kessler-bau.example' }, 'j.haberland@postfuchs.example')).toBe(true);
    expect(sentInOwnersName({ name: 'Sander de Wit', address: 'sander@atelier.example' }, 'sanderdewit@mail.example')).toBe(true);
    expect(sentInOwnersName({ name: '森下 由香', address: 'morishita@sakura-clinic.example' }, 'y.morishita@hikari.example')).toBe(true);
  });

  it('is not a namesake who shares one part, nor the owner\'s own address, nor an owner whose address names no one', () => {
    expect(sentInOwnersName({ name: 'Dana Reyes', address: 'dana.reyes@talent.example' }, owner)).toBe(false);
    expect(sentInOwnersName({ name: 'Dana Whitlock', address: owner }, owner)).toBe(false);
    // An initial is not the name: every part must be there.
    expect(sentInOwnersName({ name: '', address: 'd.whitlock@practice.example' }, 'whitlock.dana@home.example')).toBe(false);
    expect(sentInOwnersName({ name: 'Info', address: 'info@northwind.example' }, 'info@my-studio.example')).toBe(false);
    expect(sentInOwnersName({ name: 'Jobs', address: 'jobs@northwind.example' }, 'jobs.team@my-studio.example')).toBe(false);
    expect(sentInOwnersName(null, owner)).toBe(false);
    expect(sentInOwnersName({ name: 42, address: {} }, owner)).toBe(false);
  });
});
