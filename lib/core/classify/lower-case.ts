/**
 * Each character's lower case, where that is one character, as a table built once (128 KB): the phrase scan and the
 * model's word reader read a text as its lower case would be, without writing that copy (an allocation the size of
 * the text, for every email). `toLowerCase` maps every character on its own but two: dotted capital I (U+0130)
 * becomes two characters, and capital sigma becomes σ or ς by its neighbours. The table keeps both as they are;
 * callers that must read such a text exactly lower-case it whole.
 */
let lowerOf: Uint16Array | null = null;

export function lowerCaseTable(): Uint16Array {
  if (!lowerOf) {
    lowerOf = new Uint16Array(65536);
    for (let c = 0; c < 65536; c++) {
      const l = String.fromCharCode(c).toLowerCase();
      lowerOf[c] = l.length === 1 ? l.charCodeAt(0) : c;
    }
  }
  return lowerOf;
}

/** Dotted capital I and capital sigma: their lower case depends on more than the character itself. */
export const NOT_ON_ITS_OWN = [0x130, 0x3a3] as const;
