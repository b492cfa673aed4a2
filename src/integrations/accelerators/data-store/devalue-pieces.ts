/**
 * A value in devalue's format (what `devalue.parse` reads, and Astro reads its data store with), made in pieces
 * of about `pieceChars` characters, so that a caller can write each piece and let other work run in between.
 * devalue's own `stringify` makes the whole text at once: for Astro's data store at 1000 pages (29 MB of page HTML)
 * that was 1.5–2 s of the main thread and about 185 MiB of memory in one go.
 *
 * The format: a JSON array whose item 0 is the value; objects, arrays, Maps and Sets list their members by item
 * number, undefined, holes and the special numbers are negative numbers. Items are numbered in the order they are
 * met (depth first), so that each piece can be written as soon as it is made: a member's number is found by first
 * counting how many items each object's members make. Only trees: a value met twice, shared or circular, throws
 * (devalue would write it once), as does anything devalue would not write as plain data.
 */

const UNDEFINED = -1;
const HOLE = -2;
const NAN = -3;
const POSITIVE_INFINITY = -4;
const NEGATIVE_INFINITY = -5;
const NEGATIVE_ZERO = -6;

/** Thrown for what this writer leaves to devalue itself. */
export class NotATreeError extends Error {}

/** The number written in place of a value that takes no item, or undefined for one that takes an item. */
function constant(value: unknown): number | undefined {
  if (value === undefined) return UNDEFINED;
  if (typeof value !== 'number') return undefined;
  if (Number.isNaN(value)) return NAN;
  if (value === Infinity) return POSITIVE_INFINITY;
  if (value === -Infinity) return NEGATIVE_INFINITY;
  if (Object.is(value, -0)) return NEGATIVE_ZERO;
  return undefined;
}

type Container = { kind: 'array'; members: unknown[] } | { kind: 'object'; keys: string[]; members: unknown[] } | { kind: 'Map' | 'Set'; members: unknown[] };

/** An object's members in the order they are written, or undefined for a value with none. */
function containerOf(value: unknown, path: string): Container | undefined {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'function' || typeof value === 'symbol') throw new NotATreeError(`${path}: a ${typeof value} is not data`);
    return undefined;
  }
  if (value instanceof Date) return undefined;
  if (Array.isArray(value)) {
    const members: unknown[] = [];
    for (let i = 0; i < value.length; i++) members.push(i in value ? value[i] : HOLE_MARK);
    return { kind: 'array', members };
  }
  if (value instanceof Map) return { kind: 'Map', members: [...value].flat() };
  if (value instanceof Set) return { kind: 'Set', members: [...value] };
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype) throw new NotATreeError(`${path}: not a plain object (${proto?.constructor?.name ?? 'no prototype'})`);
  if (Object.getOwnPropertySymbols(value).length) throw new NotATreeError(`${path}: an object with symbol keys`);
  const keys = Object.keys(value);
  return { kind: 'object', keys, members: keys.map((k) => (value as Record<string, unknown>)[k]) };
}

/** Marks an array's hole among its members. */
const HOLE_MARK = Symbol('hole');

/** The text of a value that has no members. */
function leaf(value: unknown): string {
  if (value instanceof Date) return `["Date","${Number.isNaN(value.getTime()) ? '' : value.toISOString()}"]`;
  if (typeof value === 'bigint') return `["BigInt","${value}"]`;
  return JSON.stringify(value);
}

export function* devaluePieces(root: unknown, pieceChars = 1 << 20): Generator<string> {
  const top = constant(root);
  if (top !== undefined) {
    yield String(top);
    return;
  }
  // Pass 1: how many items each value makes, itself included (0 for a value written as a constant).
  const items = new Map<object, number>();
  const containers = new Map<object, Container>();
  const count = (value: unknown, path: string): number => {
    if (value === HOLE_MARK || constant(value) !== undefined) return 0;
    const c = containerOf(value, path);
    if (!c) {
      if (value instanceof Date) {
        if (items.has(value)) throw new NotATreeError(`${path}: met twice (shared or circular)`);
        items.set(value, 1);
      }
      return 1;
    }
    const object = value as object;
    if (items.has(object) || containers.has(object)) throw new NotATreeError(`${path}: met twice (shared or circular)`);
    containers.set(object, c);
    let n = 1;
    c.members.forEach((m, i) => { n += count(m, `${path}.${c.kind === 'object' ? c.keys[i] : i}`); });
    items.set(object, n);
    return n;
  };
  count(root, '(root)');

  // Pass 2: the items in the order they are numbered.
  let out = '[';
  let first = true;
  const pieces: string[] = [];
  const put = (text: string) => {
    out += first ? text : `,${text}`;
    first = false;
    if (out.length >= pieceChars) {
      pieces.push(out);
      out = '';
    }
  };
  // Depth first, with an explicit stack: values to write, in order.
  const stack: unknown[] = [root];
  let next = 0;
  while (stack.length) {
    const value = stack.pop();
    const index = next++;
    const c = typeof value === 'object' && value !== null ? containers.get(value) : undefined;
    if (!c) {
      put(leaf(value));
    } else {
      let at = index + 1;
      const refs = c.members.map((m) => {
        if (m === HOLE_MARK) return HOLE;
        const k = constant(m);
        if (k !== undefined) return k;
        const ref = at;
        at += typeof m === 'object' && m !== null ? items.get(m)! : 1;
        return ref;
      });
      if (c.kind === 'array') put(`[${refs.join(',')}]`);
      else if (c.kind === 'object') put(`{${c.keys.map((k, i) => `${JSON.stringify(k)}:${refs[i]}`).join(',')}}`);
      else put(`["${c.kind}"${refs.map((r) => `,${r}`).join('')}]`);
      for (let i = c.members.length - 1; i >= 0; i--) {
        const m = c.members[i];
        if (m !== HOLE_MARK && constant(m) === undefined) stack.push(m);
      }
    }
    while (pieces.length) yield pieces.shift()!;
  }
  yield `${out}]`;
}
