import { describe, expect, it } from 'vitest';
import { roleMatrix } from './role-matrix';

const roles = [{ id: 'mediator', name: 'mediator', competencies: ['mediacja', 'szacunek'] }, { id: 'pedagog', name: 'pedagog', competencies: ['pedagogika'] }];
const comps = [
  { id: 'pedagogika', name: 'pedagogika', kind: 'wiedza' },
  { id: 'mediacja', name: 'mediacja', kind: 'umiejetnosci' },
  { id: 'szacunek', name: 'szacunek', kind: 'postawa' },
];

describe('roleMatrix', () => {
  it('marks exactly the competencies each role references, grouped by kind', () => {
    const m = roleMatrix(roles, comps, ['wiedza', 'umiejetnosci', 'postawa']);
    expect(m.groups.map((g) => [g.kind, g.rows.map((r) => [r.id, r.cells])])).toEqual([
      ['wiedza', [['pedagogika', [false, true]]]],
      ['umiejetnosci', [['mediacja', [true, false]]]],
      ['postawa', [['szacunek', [true, false]]]],
    ]);
  });
  it('leaves out an empty kind and refuses an unknown competency', () => {
    expect(roleMatrix(roles.slice(1), comps.slice(0, 1), ['wiedza', 'postawa']).groups).toHaveLength(1);
    expect(() => roleMatrix([{ id: 'x', name: 'x', competencies: ['nie-ma'] }], comps, ['wiedza'])).toThrow(/„nie-ma”/);
  });
});
