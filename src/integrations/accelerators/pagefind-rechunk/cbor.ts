/**
 * A minimal CBOR codec (RFC 8949) for Pagefind's index files: unsigned and negative integers,
 * byte and text strings, arrays, maps, and simple values. Encodes with the shortest lengths, as
 * Pagefind's encoder (minicbor) does, so decode → encode gives back the same bytes.
 */
export type Cbor = number | bigint | string | Uint8Array | Cbor[] | CborMap | boolean | null | undefined | CborFloat;
export class CborMap { constructor(public readonly entries: Array<[Cbor, Cbor]>) {} }
/** A float, kept as its raw bytes so that it is written back unchanged. */
export class CborFloat { constructor(public readonly raw: Uint8Array) {} }

export function decodeCbor(bytes: Uint8Array, offset = 0): { value: Cbor; end: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = offset;
  const length = (info: number): number | bigint => {
    if (info < 24) return info;
    if (info === 24) return bytes[pos++]!;
    if (info === 25) { const v = view.getUint16(pos); pos += 2; return v; }
    if (info === 26) { const v = view.getUint32(pos); pos += 4; return v; }
    if (info === 27) { const v = view.getBigUint64(pos); pos += 8; return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v; }
    throw new Error(`CBOR: unsupported length encoding ${info} at ${pos - 1}`);
  };
  const item = (): Cbor => {
    const head = bytes[pos++];
    if (head === undefined) throw new Error('CBOR: unexpected end of data');
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      if (info === 23) return undefined;
      const size = info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
      if (!size) throw new Error(`CBOR: unsupported simple value ${info}`);
      pos += size;
      return new CborFloat(bytes.slice(pos - size - 1, pos));
    }
    const n = length(info);
    if (major === 0) return n;
    if (major === 1) return typeof n === 'bigint' ? -1n - n : -1 - n;
    const count = Number(n);
    if (major === 2 || major === 3) {
      const chunk = bytes.subarray(pos, pos + count);
      pos += count;
      return major === 3 ? new TextDecoder().decode(chunk) : chunk.slice();
    }
    if (major === 4) return Array.from({ length: count }, item);
    if (major === 5) return new CborMap(Array.from({ length: count }, () => [item(), item()] as [Cbor, Cbor]));
    throw new Error(`CBOR: unsupported major type ${major}`);
  };
  const value = item();
  return { value, end: pos };
}

export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const head = (major: number, n: number | bigint) => {
    const m = major << 5;
    if (typeof n === 'bigint' || n > 0xffffffff) {
      const b = BigInt(n);
      out.push(m | 27);
      for (let i = 7; i >= 0; i--) out.push(Number((b >> BigInt(i * 8)) & 0xffn));
    } else if (n < 24) out.push(m | n);
    else if (n < 0x100) out.push(m | 24, n);
    else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
    else out.push(m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  };
  const item = (v: Cbor) => {
    if (v === false) out.push(0xf4);
    else if (v === true) out.push(0xf5);
    else if (v === null) out.push(0xf6);
    else if (v === undefined) out.push(0xf7);
    else if (v instanceof CborFloat) out.push(...v.raw);
    else if (typeof v === 'number' || typeof v === 'bigint') {
      if (typeof v === 'number' && !Number.isInteger(v)) throw new Error('CBOR: floats are kept raw, not encoded');
      if (v >= 0) head(0, v);
      else head(1, typeof v === 'bigint' ? -1n - v : -1 - v);
    } else if (typeof v === 'string') {
      const b = new TextEncoder().encode(v);
      head(3, b.length);
      for (const x of b) out.push(x);
    } else if (v instanceof Uint8Array) {
      head(2, v.length);
      for (const x of v) out.push(x);
    } else if (Array.isArray(v)) {
      head(4, v.length);
      v.forEach(item);
    } else {
      head(5, v.entries.length);
      for (const [k, x] of v.entries) { item(k); item(x); }
    }
  };
  item(value);
  return Uint8Array.from(out);
}

/** The head of the CBOR item at `pos`: its major type, its argument (a length, or the value of an integer) and where its content begins. */
export function readHead(bytes: Uint8Array, pos: number): { major: number; n: number; at: number } {
  const head = bytes[pos];
  if (head === undefined) throw new Error('CBOR: unexpected end of data');
  const major = head >> 5;
  const info = head & 31;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (info < 24) return { major, n: info, at: pos + 1 };
  if (info === 24) return { major, n: bytes[pos + 1]!, at: pos + 2 };
  if (info === 25) return { major, n: view.getUint16(pos + 1), at: pos + 3 };
  if (info === 26) return { major, n: view.getUint32(pos + 1), at: pos + 5 };
  if (info === 27) return { major, n: Number(view.getBigUint64(pos + 1)), at: pos + 9 };
  throw new Error(`CBOR: unsupported length encoding ${info} at ${pos}`);
}

/** Where the CBOR item at `pos` ends, found without decoding it (no strings or arrays are made). */
export function skipCbor(bytes: Uint8Array, pos: number): number {
  const { major, n, at } = readHead(bytes, pos);
  if (major === 2 || major === 3) return at + n;
  if (major === 4 || major === 5) {
    let p = at;
    for (let i = 0; i < (major === 5 ? 2 * n : n); i++) p = skipCbor(bytes, p);
    return p;
  }
  // Integers and simple values: the head is all (a float's bytes are read as its argument).
  return at;
}

/** The head of an item with the shortest encoding, as `encodeCbor` writes it: e.g. an array of `n` items is `encodeHead(4, n)`. */
export function encodeHead(major: number, n: number): Uint8Array {
  const m = major << 5;
  if (n < 24) return Uint8Array.of(m | n);
  if (n < 0x100) return Uint8Array.of(m | 24, n);
  if (n < 0x10000) return Uint8Array.of(m | 25, n >> 8, n & 0xff);
  if (n <= 0xffffffff) return Uint8Array.of(m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
  throw new Error(`CBOR: length ${n} is too large`);
}
