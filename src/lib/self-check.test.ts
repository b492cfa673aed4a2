import { describe, expect, it } from 'vitest';
import { resolveSelfCheck } from './self-check';

const headings = [
  { slug: 'co-sie-wydarzylo', text: 'Co się wydarzyło' },
  { slug: 'kto-przyjechal', text: 'Kto przyjechał' },
];

describe('resolveSelfCheck', () => {
  it('joins each question to the text of the heading it points at, in order', () => {
    const shown = resolveSelfCheck('articles/a.md', [
      { question: 'Kto przyjechał do Charzykowów?', answer: 'Minister.', anchor: 'kto-przyjechal' },
      { question: 'Co się tam wydarzyło?', answer: 'Spotkanie.', anchor: 'co-sie-wydarzylo' },
    ], headings);
    expect(shown.map((s) => s.passage)).toEqual(['Kto przyjechał', 'Co się wydarzyło']);
    expect(shown[0]).toMatchObject({ question: 'Kto przyjechał do Charzykowów?', answer: 'Minister.', anchor: 'kto-przyjechal' });
  });

  it('stops on an anchor that names no heading, with the file, the field and the headings there are', () => {
    expect(() => resolveSelfCheck('articles/a.md', [
      { question: 'Pierwsze pytanie o stronę?', answer: 'Tak.', anchor: 'co-sie-wydarzylo' },
      { question: 'Drugie pytanie o stronę?', answer: 'Nie.', anchor: 'nie-ma' },
    ], headings)).toThrow('articles/a.md: selfCheck[1].anchor: na stronie nie ma nagłówka o identyfikatorze „nie-ma”; są: co-sie-wydarzylo, kto-przyjechal');
  });

  it('gives nothing for a page without questions', () => {
    expect(resolveSelfCheck('articles/a.md', [], headings)).toEqual([]);
  });
});
