import { describe, expect, it } from 'vitest';
import { backlinks, markdownLinks, pagePath } from './page-links';

describe('pagePath', () => {
  it('drops the anchor and query and keeps site paths only', () => {
    expect(pagePath('/slownik/#ops')).toBe('/slownik/');
    expect(pagePath('/prawo/zadania')).toBe('/prawo/zadania/');
    expect(pagePath('/favicon.svg')).toBe('/favicon.svg');
    expect(pagePath('https://example.org/')).toBeUndefined();
    expect(pagePath('#przypisy')).toBeUndefined();
  });
});

describe('markdownLinks', () => {
  it('finds inline links, reference definitions and HTML links, once each, and ignores code', () => {
    const md = 'Zob. [system](/system/system-pomocy-spolecznej/) i [OPS](/slownik/#ops), [DPS](/slownik/#dps).\n\n'
      + 'Tekst [ref][r] `[nie](/kod/)` i <a href="/zrodla/">źródła</a>, [zewn.](https://x.pl/).\n\n[r]: /prawo/zadania/\n[^1]: [@zrodlo].\n';
    expect(markdownLinks(md)).toEqual(['/system/system-pomocy-spolecznej/', '/slownik/', '/zrodla/', '/prawo/zadania/']);
  });
});

describe('backlinks', () => {
  it('inverts the link map, without self-links or repeats', () => {
    const out = new Map([
      ['/a/', ['/b/', '/c/', '/a/']],
      ['/b/', ['/c/', '/c/']],
      ['/c/', []],
    ]);
    expect(Object.fromEntries(backlinks(out))).toEqual({ '/b/': ['/a/'], '/c/': ['/a/', '/b/'] });
  });
});
