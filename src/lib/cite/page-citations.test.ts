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
};
const page = {
  path: '/historia/charzykowy-1989/',
  title: 'Charzykowy 1989: narodziny samorządu zawodowego',
  // Longer than 70 characters: RIS lines must not be broken.
  description: 'Trzydniowe spotkanie pracowników opieki społecznej w Charzykowach w listopadzie 1989 r., od którego wywodzi się Dzień Pracownika Socjalnego.',
  modified: '2026-11-20',
  accessed: '2026-11-23',
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

  it('PN-ISO 690: [online], the date of the version and [dostęp …]', async () => {
    expect(await text('pn-iso-690')).toBe(
      `REDAKCJA KOMPENDIUM PRACOWNIKA SOCJALNEGO. Charzykowy 1989: narodziny samorządu zawodowego. W: Kompendium pracownika socjalnego [online]. 2026-11-20 [dostęp 2026-11-23]. Dostępny w: ${URL}`,
    );
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

  it('BibTeX parses with the parser of Better BibTeX, with one corporate author kept whole', async () => {
    const { bibtex } = await cited;
    const lib = parseBibtex(bibtex);
    expect(lib.errors).toEqual([]);
    expect(lib.entries).toHaveLength(1);
    const [entry] = lib.entries;
    expect(entry!.type).toBe('misc');
    expect(entry!.key).toBe('kps_historia_charzykowy_1989');
    // citation-js writes Polish letters as LaTeX commands ({\k a}); the parser turns them back into letters.
    expect(entry!.fields.title!.normalize('NFC')).toBe(page.title);
    expect(entry!.fields.author).toEqual([{ name: site.editorialTeam }]);
    expect(entry!.fields.year).toBe('2026');
    expect(entry!.fields.url).toBe(URL);
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
      accessed: { 'date-parts': [[2026, 11, 23]] },
    });
  });
});
