// An HTML-only email is read as the text a person sees: tags dropped, script and style left out, entities decoded.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/core/classify/plain-text';

describe('the text of an HTML email', () => {
  it('decodes named, decimal and hexadecimal entities, in any case', () => {
    expect(htmlToText('<p>Tom &amp; Jerry&#39;s &AMP; &lt;team&gt; &#x2019;ok&#X2019; &mdash; &nbsp;done</p>')).toBe("\nTom & Jerry's & <team> ’ok’ —  done\n");
  });

  it('keeps what only looks like an entity as it was written', () => {
    for (const text of ['&toString;', '&constructor;', '&unknown;', '&#0;', '&#x110000;', '&#;', '&#x;', '&amp', 'a & b; c', '&a;', '&#12345678;', 'AT&T;']) {
      expect(htmlToText(text)).toBe(text);
    }
  });

  it('drops tags and the content of scripts and styles', () => {
    expect(htmlToText('<div>Hi <b>Sam</b></div><script>alert(1)</script><style>p{}</style>Bye')).toBe('\nHi Sam\nBye');
  });
});
