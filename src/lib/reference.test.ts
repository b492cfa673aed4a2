import { describe, expect, it } from 'vitest';
import { formatReference } from './reference';

describe('formatReference', () => {
  it('formats an act with its Dz.U. reference', () => {
    expect(formatReference({ type: 'legislation', title: 'Ustawa z dnia 12 marca 2004 r. o pomocy społecznej', issued: '2004-03-12', number: 'Dz.U. 2004 nr 64 poz. 593' }))
      .toBe('Ustawa z dnia 12 marca 2004 r. o pomocy społecznej. 12.03.2004. Dz.U. 2004 nr 64 poz. 593.');
  });
  it('formats a journal article with authors in capitals, volume and pages', () => {
    expect(formatReference({ type: 'article-journal', title: 'Kształcenie pracowników socjalnych w Polsce Ludowej', author: [{ family: 'Brenk', given: 'Marta' }], containerTitle: 'Studia Edukacyjne', issue: '31', issued: '2014', page: '233–248' }))
      .toBe('BRENK, Marta. Kształcenie pracowników socjalnych w Polsce Ludowej. W: Studia Edukacyjne, nr 31. 2014. S. 233–248.');
  });
  it('marks online works and works without a date', () => {
    const text = formatReference({ type: 'webpage', title: 'Notice', author: [{ literal: 'Urząd Miasta Krakowa' }], url: 'https://www.krakow.pl/x', dateNote: 'data nieznana' });
    expect(text).toBe('Urząd Miasta Krakowa. Notice [online]. b.d. (data nieznana). Dostępny w: https://www.krakow.pl/x.');
  });
});
