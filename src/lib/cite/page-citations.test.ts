/** The „Jak cytować” block of a fixture page: exact text in each style, and downloads that load back. */
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { citePage } from './page-citations';

const site = {
  name: 'Kompendium pracownika socjalnego',
  url: 'https://kompendium-pracownika-socjalnego.pl',
  editorialTeam: 'Redakcja Kompendium pracownika socjalnego',
  lang: 'pl',
  accessPlaceholder: '[dostęp: wpisz datę]',
};
const page = {
  path: '/historia/charzykowy-1989/',
  title: 'Charzykowy 1989: narodziny samorządu zawodowego',
  // Longer than 70 characters: RIS lines must not be broken.
  description: 'Trzydniowe spotkanie pracowników opieki społecznej w Charzykowach w listopadzie 1989 r., od którego wywodzi się Dzień Pracownika Socjalnego.',
  modified: '2026-11-20',
};
const URL = 'https://kompendium-pracownika-socjalnego.pl/historia/charzykowy-1989/';
const cited = citePage(page, site);
const text = async (style: string) => (await cited).styles.find((s) => s.style === style)!.text;
const html = async (style: string) => (await cited).styles.find((s) => s.style === style)!.html;

describe('citing a page', () => {
  it('APA 7: corporate author, date of the version, title in italics, site, URL', async () => {
    expect(await text('apa')).toBe(
      `Redakcja Kompendium pracownika socjalnego. (2026, listopada 20). Charzykowy 1989: narodziny samorządu zawodowego. Kompendium pracownika socjalnego. ${URL}`,
    );
    expect(await html('apa')).toContain('<i>Charzykowy 1989: narodziny samorządu zawodowego</i>');
  });

  it('PN-ISO 690: [online], the date of the version and a „[dostęp …]” the reader fills in', async () => {
    expect(await text('pn-iso-690')).toBe(
      `REDAKCJA KOMPENDIUM PRACOWNIKA SOCJALNEGO. Charzykowy 1989: narodziny samorządu zawodowego. W: Kompendium pracownika socjalnego [online]. 2026-11-20 [dostęp: wpisz datę]. Dostępny w: ${URL}`,
    );
    expect(await html('pn-iso-690')).toContain('[dostęp: wpisz datę]');
    expect(await html('pn-iso-690')).toContain('W: <i>Kompendium pracownika socjalnego</i> [online]');
  });

  it('Chicago author-date', async () => {
    expect(await text('chicago-author-date')).toBe(
      `Redakcja Kompendium pracownika socjalnego. 2026. „Charzykowy 1989: narodziny samorządu zawodowego”. Kompendium pracownika socjalnego. 20 listopada 2026. ${URL}.`,
    );
  });

  it('MLA 9', async () => {
    expect(await text('mla9')).toBe(
      `Redakcja Kompendium pracownika socjalnego. „Charzykowy 1989: narodziny samorządu zawodowego”. Kompendium pracownika socjalnego, 20 listopada 2026, ${URL}.`,
    );
    expect(await html('mla9')).toContain('<i>Kompendium pracownika socjalnego</i>');
  });

  it('BibTeX is biblatex @online in UTF-8: parses with Better BibTeX’s parser, one corporate author, every Polish letter as written', async () => {
    const polish = { ...page, title: 'Zażółć gęślą jaźń: ą, ć, ę, ł, ń, ó, ś, ź, ż – Ą, Ć, Ę, Ł, Ń, Ó, Ś, Ź, Ż' };
    for (const { bibtex, title } of [{ ...(await cited), title: page.title }, { ...(await citePage(polish, site)), title: polish.title }]) {
      expect(bibtex).toContain(`title = {${title}},`);
      expect(bibtex, 'no TeX accent commands').not.toMatch(/\\['`^"~=.uvHckrbdt]/);
      const lib = parseBibtex(bibtex);
      expect(lib.errors).toEqual([]);
      expect(lib.entries).toHaveLength(1);
      const [entry] = lib.entries;
      expect(entry!.type).toBe('online');
      expect(entry!.key).toBe('kps_historia_charzykowy_1989');
      expect(entry!.fields.title).toBe(title);
      expect(entry!.fields.author).toEqual([{ name: site.editorialTeam }]);
      expect(entry!.fields.date).toBe('2026-11-20');
      expect(entry!.fields.url).toBe(URL);
      expect(entry!.fields.language).toBe('pl');
      expect(entry!.fields.langid).toBe('polish');
      expect(entry!.fields.abstract).toBe(page.description);
      expect(entry!.fields.journaltitle).toBe(site.name);
      expect(entry!.fields.urldate, 'no access date the reader did not choose').toBeUndefined();
    }
  });

  it('RIS loads back as a web page of the site, with its date and URL', async () => {
    const { ris } = await cited;
    expect(ris).toMatch(/^TY {2}- ELEC$/m);
    expect(ris).toMatch(/^T2 {2}- Kompendium pracownika socjalnego$/m);
    for (const line of ris.trimEnd().split('\n')) expect(line, 'every RIS line is tagged').toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
    expect(ris).toContain(`AB  - ${page.description}\n`);
    const [item] = new Cite(ris).data;
    expect(item).toMatchObject({ type: 'webpage', title: page.title, URL, abstract: page.description, author: [{ literal: site.editorialTeam }] });
    expect((item!.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual([2026, 11, 20]);
    expect(ris, 'no access date the reader did not choose').not.toMatch(/^Y2 {2}- /m);
    expect(item).not.toHaveProperty('accessed');
  });

  it('CSL-JSON loads back unchanged', async () => {
    const { cslJson } = await cited;
    const [item] = new Cite(JSON.parse(cslJson)).data;
    expect(item).toMatchObject({
      type: 'webpage',
      title: page.title,
      'container-title': site.name,
      URL,
      language: 'pl',
      issued: { 'date-parts': [[2026, 11, 20]] },
    });
    expect(item, 'no access date the reader did not choose').not.toHaveProperty('accessed');
  });
});

describe('citing an English page', () => {
  const enPage = { path: '/en/roles/mediator/', title: 'The social worker as mediator', description: 'A mediator helps the parties to a dispute talk to each other and work out an agreement.', modified: '2026-12-03' };
  const enUrl = 'https://kompendium-pracownika-socjalnego.pl/en/roles/mediator/';
  const enCited = citePage(enPage, { ...site, lang: 'en', accessPlaceholder: '[accessed: add the date]' });
  const enText = async (style: string) => (await enCited).styles.find((s) => s.style === style)?.text;

  it('gives APA 7, Chicago and MLA with English terms and dates, and no PN-ISO 690', async () => {
    expect((await enCited).styles.map((s) => s.style)).toEqual(['apa', 'chicago-author-date', 'mla9']);
    expect(await enText('apa')).toBe(`Redakcja Kompendium pracownika socjalnego. (2026, December 3). The social worker as mediator. Kompendium pracownika socjalnego. ${enUrl}`);
    expect(await enText('chicago-author-date')).toBe(`Redakcja Kompendium pracownika socjalnego. 2026. “The Social Worker as Mediator.” Kompendium pracownika socjalnego. December 3, 2026. ${enUrl}.`);
    expect(await enText('mla9')).toBe(`Redakcja Kompendium pracownika socjalnego. “The Social Worker as Mediator.” Kompendium pracownika socjalnego, 3 Dec. 2026, ${enUrl}.`);
  });

  it('the site’s Polish name keeps its case; the downloads say the page is in English', async () => {
    const c = await enCited;
    expect(c.styles.every((s) => s.text.includes('Kompendium pracownika socjalnego') && !s.text.includes('Kompendium Pracownika'))).toBe(true);
    expect(c.ris).toMatch(/^LA {2}- en$/m);
    expect(JSON.parse(c.cslJson)[0].language).toBe('en');
    expect(c.bibtex).toContain('langid = {english}');
    expect(c.ris + c.cslJson + c.bibtex).not.toContain('nocase');
  });
});

describe('BibTeX of an English page keeps the case it is written in', () => {
  it('braces the capitalised words of the title, so an English import does not sentence-case proper names', async () => {
    const c = await citePage({ path: '/en/history/social-workers-day/', title: 'Social Workers’ Day – 21 November', description: 'The day of social workers in Poland, 21 November: where the date comes from.', modified: '2026-12-03' }, { ...site, lang: 'en', accessPlaceholder: '[accessed: add the date]' });
    expect(c.bibtex).toContain('title = {Social {Workers’} {Day} – 21 {November}},');
    expect(c.bibtex).toContain('journaltitle = {Kompendium pracownika socjalnego},');
    const entry = parseBibtex(c.bibtex).entries[0]!;
    expect(entry.fields.title!.replace(/[{}]/g, '')).toBe('Social Workers’ Day – 21 November');
  });
});
