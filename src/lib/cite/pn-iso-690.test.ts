/**
 * Our CSL style for PN-ISO 690:2012 against entries built the way the norm's examples are:
 * SURNAME, Given. Title. Place: Publisher, year. — contributions with „W:”, online documents with
 * „[online]”, „[dostęp RRRR-MM-DD]” and „Dostępny w:”, and „b.d.” where the date is unknown.
 */
import { describe, expect, it } from 'vitest';
import { sourceItem, type SourceData } from './csl-item';
import { formatEntries } from './engine';

const entry = async (s: SourceData) => (await formatEntries([sourceItem('x', s)], 'pn-iso-690', 'text'))[0];
const entryHtml = async (s: SourceData) => (await formatEntries([sourceItem('x', s)], 'pn-iso-690', 'html'))[0];

describe('PN-ISO 690 style', () => {
  it('a book: surnames in capitals, „i” before the last author, place: publisher, year; title in italics', async () => {
    const book: SourceData = {
      type: 'book',
      title: 'Pedagogika społeczna',
      author: [{ family: 'Radlińska', given: 'Helena' }],
      issued: '1961',
      publisher: 'Zakład Narodowy im. Ossolińskich',
      publisherPlace: 'Wrocław',
    };
    expect(await entry(book)).toBe('RADLIŃSKA, Helena. Pedagogika społeczna. Wrocław: Zakład Narodowy im. Ossolińskich, 1961.');
    expect(await entryHtml(book)).toContain('<i>Pedagogika społeczna</i>');
    expect(await entry({ ...book, author: [{ family: 'Kowalski', given: 'Jan' }, { family: 'Nowak', given: 'Anna' }] })).toMatch(
      /^KOWALSKI, Jan i NOWAK, Anna\. /,
    );
  });

  it('more than three authors: the first and „i in.”', async () => {
    const people = ['Adamska', 'Bielska', 'Cieślak', 'Duda'].map((family) => ({ family, given: 'Ewa' }));
    expect(await entry({ type: 'book', title: 'Raport', author: people, issued: '2020', publisher: 'PWN', publisherPlace: 'Warszawa' })).toBe(
      'ADAMSKA, Ewa i in. Raport. Warszawa: PWN, 2020.',
    );
  });

  it('a journal article: journal in italics, then year, volume, issue and pages', async () => {
    const article: SourceData = {
      type: 'article-journal',
      title: 'Wizerunek zawodu pracownika socjalnego',
      author: [{ family: 'Dudkiewicz', given: 'Magdalena' }],
      issued: '2012',
      containerTitle: 'Praca Socjalna',
      volume: '27',
      issue: '2',
      page: '15–30',
    };
    expect(await entry(article)).toBe('DUDKIEWICZ, Magdalena. Wizerunek zawodu pracownika socjalnego. Praca Socjalna. 2012, t. 27, nr 2, s. 15–30.');
    expect(await entryHtml(article)).toContain('<i>Praca Socjalna</i>');
  });

  it('a chapter: „W:” editor „(red.)”, book, place: publisher, year, pages', async () => {
    expect(
      await entry({
        type: 'chapter',
        title: 'Kształcenie pracowników socjalnych',
        author: [{ family: 'Brenk', given: 'Marta' }],
        editor: [{ family: 'Wódz', given: 'Kazimiera' }],
        containerTitle: 'Praca socjalna w Polsce',
        issued: '2014',
        publisher: 'Wydawnictwo Śląsk',
        publisherPlace: 'Katowice',
        page: '20–35',
      }),
    ).toBe('BRENK, Marta. Kształcenie pracowników socjalnych. W: WÓDZ, Kazimiera (red.). Praca socjalna w Polsce. Katowice: Wydawnictwo Śląsk, 2014, s. 20–35.');
  });

  it('an online document with a corporate author and no date: [online], b.d., [dostęp …], Dostępny w:', async () => {
    expect(
      await entry({
        type: 'webpage',
        title: '21 listopada – Dzień Pracownika Socjalnego',
        author: [{ literal: 'Urząd Miasta Krakowa' }],
        url: 'https://www.krakow.pl/aktualnosci/195681.html',
        accessed: '2026-11-20',
      }),
    ).toBe('URZĄD MIASTA KRAKOWA. 21 listopada – Dzień Pracownika Socjalnego [online]. b.d. [dostęp 2026-11-20]. Dostępny w: https://www.krakow.pl/aktualnosci/195681.html');
  });

  it('a page of a website: „W:” website [online], date of the page', async () => {
    expect(
      await entry({ type: 'webpage', title: 'Historia', containerTitle: 'Polskie Towarzystwo Pracowników Socjalnych', issued: '2021-05-04', url: 'https://ptps.org.pl/historia/' }),
    ).toBe('Historia. W: Polskie Towarzystwo Pracowników Socjalnych [online]. 2021-05-04. Dostępny w: https://ptps.org.pl/historia/');
  });

  it('a legal act: title with its date, then the official journal', async () => {
    expect(
      await entry({ type: 'legislation', title: 'Ustawa z dnia 12 marca 2004 r. o pomocy społecznej', issued: '2004-03-12', number: 'Dz.U. 2004 nr 64 poz. 593' }),
    ).toBe('Ustawa z dnia 12 marca 2004 r. o pomocy społecznej. Dz.U. 2004 nr 64 poz. 593.');
  });

  it('an edited book without author: editors first, with „(red.)”', async () => {
    expect(
      await entry({ type: 'book', title: 'Praca socjalna', editor: [{ family: 'Wódz', given: 'Kazimiera' }], issued: '2014', publisher: 'Śląsk', publisherPlace: 'Katowice' }),
    ).toBe('WÓDZ, Kazimiera (red.). Praca socjalna. Katowice: Śląsk, 2014.');
  });
});
