import { describe, expect, it } from 'vitest';
import { DIAGRAM, rolesDiagram } from './roles-diagram';
import { wrapText } from './wrap';

const roles = ['pośrednik', 'administrator', 'mediator', 'terapeuta', 'pedagog', 'doradca', 'rzecznik', 'organizator społeczności lokalnej'].map((name, i) => ({ id: `r${i}`, name }));
const d = rolesDiagram(roles, 'osoba, rodzina, społeczność');

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('rolesDiagram', () => {
  it('places every role once, the first at the top, clockwise', () => {
    expect(d.nodes.map((n) => n.id)).toEqual(roles.map((r) => r.id));
    expect(d.nodes[0]!.x).toBe(DIAGRAM.width / 2);
    expect(d.nodes[0]!.y).toBeLessThan(d.centre.y);
    expect(d.nodes[2]!.x).toBeGreaterThan(d.centre.x);
    expect(d.nodes[6]!.x).toBeLessThan(d.centre.x);
  });

  it('keeps every box inside the picture, apart from the others and from the centre', () => {
    for (const n of d.nodes) {
      expect(n.box.x).toBeGreaterThanOrEqual(0);
      expect(n.box.y).toBeGreaterThanOrEqual(0);
      expect(n.box.x + n.box.width).toBeLessThanOrEqual(d.width);
      expect(n.box.y + n.box.height).toBeLessThanOrEqual(d.height);
      const centreBox = { x: d.centre.x - d.centre.rx, y: d.centre.y - d.centre.ry, width: 2 * d.centre.rx, height: 2 * d.centre.ry };
      expect(overlap(n.box, centreBox), n.name).toBe(false);
    }
    for (const a of d.nodes) for (const b of d.nodes) if (a !== b) expect(overlap(a.box, b.box), `${a.name} / ${b.name}`).toBe(false);
  });

  it('draws each spoke from the centre ellipse to the edge of its box', () => {
    for (const n of d.nodes) {
      const { x1, y1, x2, y2 } = n.spoke;
      expect(((x1 - d.centre.x) / d.centre.rx) ** 2 + ((y1 - d.centre.y) / d.centre.ry) ** 2).toBeCloseTo(1, 1);
      const onEdge = Math.abs(Math.abs(x2 - n.x) - n.box.width / 2) < 0.2 || Math.abs(Math.abs(y2 - n.y) - n.box.height / 2) < 0.2;
      expect(onEdge, n.name).toBe(true);
    }
  });

  it('wraps long names so that they fit the box', () => {
    const long = d.nodes[7]!;
    expect(long.lines.map((l) => l.text)).toEqual(['organizator', 'społeczności', 'lokalnej']);
    expect(long.lines[0]!.y).toBeLessThan(long.lines[2]!.y);
  });

  it('refuses an empty list', () => {
    expect(() => rolesDiagram([], 'x')).toThrow(/brak ról/);
  });
});

describe('wrapText', () => {
  it('breaks at spaces and keeps a long word whole', () => {
    expect(wrapText('osoba, rodzina, społeczność', 16)).toEqual(['osoba, rodzina,', 'społeczność']);
    expect(wrapText('a b c', 3)).toEqual(['a b', 'c']);
  });
});
