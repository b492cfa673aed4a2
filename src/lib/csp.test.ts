import { describe, expect, it } from 'vitest';
import { headerCsp, parseCsp } from './csp';

describe('the CSP', () => {
  it('allows no inline script and what Pagefind needs', () => {
    const p = parseCsp(headerCsp());
    expect(p.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(p.get('script-src')).not.toContain("'unsafe-inline'");
    expect(p.get('worker-src')).toEqual(["'self'"]);
    expect(p.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('parses a policy and drops hashes', () => {
    const p = parseCsp("script-src 'self' 'sha256-abc=' ; style-src 'self';");
    expect([...p.keys()]).toEqual(['script-src', 'style-src']);
    expect(p.get('script-src')).toEqual(["'self'"]);
    expect(parseCsp("script-src 'sha256-abc='", { dropHashes: false }).get('script-src')).toEqual(["'sha256-abc='"]);
  });
});
