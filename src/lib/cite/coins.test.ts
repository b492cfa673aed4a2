import { describe, expect, it } from 'vitest';
import { coinsTitle, kevValue } from './coins';

/** How Zotero's OpenURL parser reads a value (modules/utilities/openurl.js). */
const zoteroDecode = (v: string) => decodeURIComponent(v.replace(/\+|%2[bB]/g, ' '));

describe('COinS for the Zotero button', () => {
  it('escapes only what breaks a context object, and Zotero reads every value back as written', () => {
    for (const v of ['Zażółć gęślą jaźń – „cytat”', 'A & B = C + 50% #1', 'https://kompendium-pracownika-socjalnego.pl/historia/charzykowy-1989/']) {
      expect(zoteroDecode(kevValue(v))).toBe(v.replace(/\+/g, ' '));
      expect(kevValue(v)).not.toMatch(/[&=#]| /);
    }
    expect(kevValue('Ośrodek pomocy')).toBe('Ośrodek+pomocy');
  });

  it('describes the page as a web page by a corporate author, in Dublin Core format, with no access date', () => {
    const title = coinsTitle({ url: 'https://x.pl/a/', title: 'Tytuł', author: 'Redakcja Kompendium', date: '2026-11-23', site: 'Kompendium', lang: 'pl', description: 'Opis.', rights: 'CC BY-SA 4.0' });
    const pairs = title.split('&').map((p) => p.split('=') as [string, string]);
    expect(Object.fromEntries(pairs.map(([k, v]) => [k, zoteroDecode(v)]))).toEqual({
      ctx_ver: 'Z39.88-2004',
      rft_val_fmt: 'info:ofi/fmt:kev:mtx:dc',
      rft_id: 'https://x.pl/a/',
      'rft.title': 'Tytuł',
      'rft.aucorp': 'Redakcja Kompendium',
      'rft.date': '2026-11-23',
      'rft.source': 'Kompendium',
      'rft.language': 'pl',
      'rft.description': 'Opis.',
      'rft.rights': 'CC BY-SA 4.0',
    });
  });
});
