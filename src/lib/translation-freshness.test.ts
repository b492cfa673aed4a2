import { describe, expect, it } from 'vitest';
import { translationFreshness, translationNote } from './translation-freshness';

const change = (hash: string, day: string) => ({ hash, day, description: 'x', english: 'x' });
const history = [change('c3c3c3c3', '2026-12-10'), change('b2b2b2b2', '2026-12-05'), change('a1a1a1a1', '2026-11-23')];

describe('translation freshness', () => {
  it('is current when the recorded commit is the Polish file’s latest', () => {
    expect(translationFreshness('c3c3c3c', history)).toEqual({ state: 'current' });
  });
  it('is out of date when the Polish file changed later, dated by its latest change', () => {
    const f = translationFreshness('a1a1a1a1', history);
    expect(f.state).toBe('outdated');
    expect(f.state === 'outdated' && f.changedOn).toBe('2026-12-10');
    expect(f.state === 'outdated' && f.since.map((c) => c.hash)).toEqual(['c3c3c3c3', 'b2b2b2b2']);
  });
  it('counts an uncommitted edit of the Polish file as a change', () => {
    expect(translationFreshness('c3c3c3c3', history, true, new Date('2026-12-11T10:00:00Z'))).toMatchObject({ state: 'outdated', changedOn: '2026-12-11' });
  });
  it('tells a revision that never touched the file, and an unknown history', () => {
    expect(translationFreshness('ffffffff', history)).toEqual({ state: 'not-a-revision' });
    expect(translationFreshness('a1a1a1a1', undefined)).toEqual({ state: 'unknown' });
  });
});

describe('the note an English page shows', () => {
  const words = { outdated: (d: string) => `This translation may be out of date: the Polish page changed on ${d}.`, outdatedLink: 'Read the Polish page', translatedFrom: 'Translated from the Polish page', original: 'Polish original' };
  const day = (d: string) => `[${d}]`;
  it('says an out-of-date translation may be out of date, with the day of the change, linking to the Polish page', () => {
    const note = translationNote('/historia/a/', translationFreshness('a1a1a1a1', history), words, day);
    expect(note).toEqual({ outdated: true, text: 'This translation may be out of date: the Polish page changed on [2026-12-10].', link: { text: 'Read the Polish page', href: '/historia/a/' }, changedOn: '2026-12-10' });
  });
  it('otherwise names the Polish original', () => {
    for (const f of [translationFreshness('c3c3c3c3', history), translationFreshness('a1', undefined)]) {
      expect(translationNote('/historia/a/', f, words, day)).toEqual({ outdated: false, text: 'Translated from the Polish page:', link: { text: 'Polish original', href: '/historia/a/' } });
    }
  });
  it('says nothing about a Polish file that has no commits yet', () => {
    expect(translationFreshness('a1a1a1a1', [])).toEqual({ state: 'unknown' });
  });
});
