import { expect, it } from 'vitest';
import { groupSources, sourceGroup } from './source-groups';

it('groups works by kind in a fixed order, keeping their order, leaving out empty groups', () => {
  const items = [
    { id: 'www', type: 'webpage' },
    { id: 'ustawa', type: 'legislation' },
    { id: 'art', type: 'article-journal' },
    { id: 'projekt', type: 'bill' },
  ];
  expect(groupSources(items, (i) => i.type).map((g) => [g.group, g.items.map((i) => i.id)])).toEqual([
    ['legislation', ['ustawa', 'projekt']],
    ['articles', ['art']],
    ['webpages', ['www']],
  ]);
});

it('names an unknown type', () => {
  expect(() => sourceGroup('film')).toThrow('„film”');
});
