/** Templated page citations must be exactly what citeproc makes of the page itself, in every style and format. */
import { describe, expect, it } from 'vitest';
import { cslDate, pageItem } from '../../lib/cite/csl-item';
import { formatEntries } from '../../lib/cite/engine';
import { canTemplate, pageEntry, templateFor, TITLE_MARK, URL_MARK } from './citation-templates';
import { STYLES } from '../../lib/cite/page-citations';

const site = { name: 'Kompendium pracownika socjalnego', url: 'https://kompendium-pracownika-socjalnego.pl', editorialTeam: 'Redakcja Kompendium pracownika socjalnego', lang: 'pl' };
const item = (title: string, path = '/zawod/role/', modified = '2026-11-20') =>
  ({ ...pageItem({ path, title, description: 'Opis strony.', modified }, site), accessed: cslDate('2026-11-23') });

const TITLES = [
  'Charzykowy 1989: narodziny samorządu zawodowego',
  'Ustawa z 12 marca 2004 r. o pomocy społecznej',
  'Role pracownika socjalnego – przegląd',
  'Pracownik socjalny (PS) w MOPS, GOPS i PCPR',
  '8 ról w 21 kompetencjach',
  'Dzień Pracownika Socjalnego',
];
/** Titles the template must leave to citeproc: quotes, a final question mark or full stop, a small first letter, markup. */
const UNSAFE = ['Co robi „asystent rodziny”', 'Czy warto?', 'Historia zawodu.', 'ośrodek pomocy', 'A <i>kursywą</i>', 'Dwie  spacje', `Strona ${TITLE_MARK}`];

describe('page citations from templates', () => {
  it.each(TITLES)('„%s” comes out as citeproc writes it, in every style, as text and as HTML', async (title) => {
    for (const modified of ['2026-11-20', '2025-01-05']) {
      const it = item(title, '/historia/charzykowy-1989/', modified);
      expect(canTemplate(it)).toBe(true);
      for (const style of STYLES) {
        for (const format of ['text', 'html'] as const) {
          const [direct] = await formatEntries([it], style, format);
          expect(await pageEntry(it, style, format), `${style} ${format} ${modified}`).toBe(direct);
        }
      }
    }
  });

  it('every style has a template, with the title and the address in it once', async () => {
    for (const style of STYLES) {
      for (const format of ['text', 'html'] as const) {
        const t = await templateFor(item('Role'), style, format);
        expect(t, `${style} ${format}`).toBeDefined();
        expect(t!.split(TITLE_MARK)).toHaveLength(2);
        expect(t!.split(URL_MARK)).toHaveLength(2);
      }
    }
  });

  it.each(UNSAFE)('„%s” is left to citeproc, and still formatted', async (title) => {
    const it = item(title);
    expect(canTemplate(it)).toBe(false);
    const [direct] = await formatEntries([it], 'apa', 'text');
    expect(await pageEntry(it, 'apa', 'text')).toBe(direct);
  });

  it('an address with characters HTML would escape is left to citeproc', () => {
    expect(canTemplate({ ...item('Role'), URL: 'https://example.org/a?b=1&c=2' })).toBe(false);
    expect(canTemplate(item('Role', '/zawod/role/'))).toBe(true);
  });
});
