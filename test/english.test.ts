/**
 * The English edition (/en/), checked on the built site: the pages a reader from abroad needs, each in English with its
 * Polish counterpart linked both ways (hreflang and the language switch), the Polish–English glossary in both
 * directions, English typography, and the freshness of each translation.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../src/lib/content-dir';
import { ROOT } from './helpers/astro';
import { builtPages, type BuiltPage } from './helpers/dist';
import { langOfPage, proseOf } from './helpers/text';

const pages = builtPages().filter((p) => p.url.endsWith('/'));
const byUrl = new Map(pages.map((p) => [p.url, p]));
const page = (url: string): BuiltPage => {
  const p = byUrl.get(url);
  if (!p) throw new Error(`${url} was not built`);
  return p;
};
const ROLES = ['posrednik', 'administrator', 'mediator', 'terapeuta', 'pedagog', 'doradca', 'rzecznik', 'organizator-spolecznosci-lokalnej'];
/** The pages the English edition promises, with the Polish page each translates (none for the guide). */
const PROMISED: Array<[en: string, pl: string | undefined]> = [
  ['/en/', '/'],
  ['/en/in-brief/', undefined],
  ['/en/roles/', '/zawod/role/'],
  ...ROLES.map((r) => [`/en/roles/${r}/`, `/role/${r}/`] as [string, string]),
  ['/en/competencies/', '/zawod/kompetencje/'],
  ['/en/history/', '/historia/historia-zawodu/'],
  ['/en/history/charzykowy-1989/', '/historia/charzykowy-1989/'],
  ['/en/history/social-workers-day/', '/historia/dzien-pracownika-socjalnego/'],
  ['/en/system/', '/system/system-pomocy-spolecznej/'],
  ['/en/qualifications/', '/prawo/kwalifikacje/'],
  ['/en/career/', '/droga-do-zawodu/kariera/'],
  ['/en/about/', '/o-projekcie/'],
  ['/en/glossary/', '/slownik/'],
  ['/en/search/', '/szukaj/'],
];
const alternates = (p: BuiltPage) => new Map(p.doc.querySelectorAll('link[rel=alternate][hreflang]').map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]));
const switchOf = (p: BuiltPage) => p.doc.querySelector('[data-lang-switch]')!;
const glossaryIds = readdirSync(join(ROOT, contentDir(), 'glossary')).map((f) => f.replace(/\.yaml$/, ''));
const glossaryEntry = (id: string) => parseYaml(readFileSync(join(ROOT, contentDir(), 'glossary', `${id}.yaml`), 'utf8')) as { term: string; english: { terms: string[]; established: boolean } };

describe('English pages', () => {
  it('every promised page is built at its English URL, in English', () => {
    for (const [en] of PROMISED) {
      const p = page(en);
      expect(p.doc.querySelector('html')!.getAttribute('lang'), en).toBe('en');
      expect(p.doc.querySelector('h1')!.text.trim().length, en).toBeGreaterThan(3);
    }
  });

  it('every page under /en/ is English and every other page Polish', () => {
    for (const p of pages) expect(langOfPage(p.doc), p.url).toBe(p.url.startsWith('/en/') ? 'en' : 'pl');
  });

  it('each English reading page translates its Polish page with the same sources, footnote for footnote', () => {
    for (const [en, pl] of PROMISED) {
      if (!pl || !page(en).doc.querySelector('article')) continue;
      const sources = (p: BuiltPage) => p.doc.querySelectorAll('.page-sources li a').map((a) => a.getAttribute('href')).sort();
      const footnotes = (p: BuiltPage) => p.doc.querySelectorAll('section[data-footnotes] li').length;
      expect(sources(page(en)), en).toEqual(sources(page(pl)));
      expect(footnotes(page(en)), en).toBe(footnotes(page(pl)));
    }
  });

  it('UI text on English pages comes from the English dictionary: headings of the blocks every reading page has', () => {
    const p = page('/en/history/charzykowy-1989/');
    expect(p.doc.querySelector('#jak-cytowac')!.text).toContain('How to cite this page');
    expect(p.doc.querySelector('#footnote-label')!.text).toContain('Footnotes');
    expect(p.doc.querySelector('#historia-zmian')!.text).toContain('Change history');
    expect(p.doc.querySelector('nav.crumbs')!.getAttribute('aria-label')).toBe('Breadcrumbs');
    expect(p.doc.querySelectorAll('a[data-footnote-backref]').every((a) => a.getAttribute('aria-label')!.startsWith('Back to footnote reference'))).toBe(true);
  });

  it('a translated law page shows the legal state of its Polish page, in English', () => {
    const en = page('/en/qualifications/').doc.querySelector('.legal-state time')!;
    const pl = page('/prawo/kwalifikacje/').doc.querySelector('.legal-state time')!;
    expect(en.getAttribute('datetime')).toBe(pl.getAttribute('datetime'));
    expect(en.text).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});

describe('the two editions, linked both ways', () => {
  it('a page and its counterpart name each other with hreflang, and the switch leads to the counterpart', () => {
    for (const [en, pl] of PROMISED) {
      if (!pl) continue;
      expect(Object.fromEntries(alternates(page(en))), en).toEqual({ en, pl });
      expect(Object.fromEntries(alternates(page(pl))), pl).toEqual({ pl, en });
      expect(switchOf(page(en)).getAttribute('href'), en).toBe(pl);
      expect(switchOf(page(en)).getAttribute('lang')).toBe('pl');
      expect(switchOf(page(pl)).getAttribute('href'), pl).toBe(en);
      expect(switchOf(page(pl)).getAttribute('lang')).toBe('en');
    }
  });

  it('a page without a counterpart has no hreflang and its switch leads to the other edition’s home page, saying so', () => {
    const untranslated = page('/praktyka/niebieska-karta/');
    expect(alternates(untranslated).size).toBe(0);
    expect(switchOf(untranslated).getAttribute('href')).toBe('/en/');
    expect(switchOf(untranslated).text).toContain('not translated yet');
    const guide = page('/en/in-brief/');
    expect(switchOf(guide).getAttribute('href')).toBe('/');
    expect(switchOf(guide).text).toContain('nie ma po polsku');
  });

  it('every page has a language switch', () => {
    for (const p of pages.filter((p) => p.doc.querySelector('header.site'))) expect(switchOf(p), p.url).toBeTruthy();
  });
});

describe('the Polish–English glossary', () => {
  it('every term on /slownik/ shows its English equivalent(s), marked where no established one exists', () => {
    const doc = page('/slownik/').doc;
    for (const id of glossaryIds) {
      const dd = doc.querySelector(`dfn#${id}`)!.parentNode!.nextElementSibling!;
      const { english } = glossaryEntry(id);
      expect(dd.querySelector('[lang=en]')?.text, id).toBe(english.terms.join(', '));
      expect(dd.text.includes('brak utrwalonego odpowiednika'), id).toBe(!english.established);
    }
  });

  it('/en/glossary/ lists every term by its English equivalent, A–Z, with the Polish original marked as Polish', () => {
    const doc = page('/en/glossary/').doc;
    const dfns = doc.querySelectorAll('dl.entries dfn');
    expect(dfns.map((d) => d.id).sort()).toEqual([...glossaryIds].sort());
    const first = dfns.map((d) => glossaryEntry(d.id).english.terms[0]!);
    expect(first).toEqual([...first].sort(new Intl.Collator('en').compare));
    for (const d of dfns) {
      const entry = glossaryEntry(d.id);
      expect(d.text, d.id).toBe(entry.english.terms.join(', '));
      expect(d.parentNode!.querySelector('i[lang=pl]')?.text, d.id).toContain(entry.term);
      const dd = d.parentNode!.nextElementSibling!;
      expect(dd.text.includes('no established English equivalent'), d.id).toBe(!entry.english.established);
    }
  });

  it('English pages mark glossary terms with links to /en/glossary/, never to the Polish glossary', () => {
    const links = pages.filter((p) => p.url.startsWith('/en/')).flatMap((p) => p.doc.querySelectorAll('.term > a').map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((h) => !h.startsWith('/en/glossary/#'))).toEqual([]);
  });
});

describe('typography fits each language', () => {
  it('English pages use English quotation marks and keep Polish typography out', () => {
    for (const p of pages.filter((p) => p.url.startsWith('/en/'))) {
      const prose = proseOf(p.doc, ' ', 'en');
      expect(prose, p.url).not.toMatch(/["„]/);
      // Polish typography binds one-letter words to the next with a non-breaking space; English does not.
      expect(prose.match(/(?<![\p{L}\d])[aAI]\u00a0/gu) ?? [], p.url).toEqual([]);
    }
  });
});

describe('translation freshness', () => {
  it('each translation names the Polish page it translates; none is out of date in this build (the lint lists any that is)', () => {
    for (const [en, pl] of PROMISED) {
      const p = page(en);
      if (!pl || !p.doc.querySelector('article')) continue;
      const note = p.doc.querySelector('.translation-of a, .translation-outdated a');
      expect(note?.getAttribute('href'), en).toBe(pl);
    }
  });
});
