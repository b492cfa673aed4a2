/**
 * The Content Security Policy, in one place. `astro.config.mjs` gives it to Astro's `security.csp`
 * (a `<meta>` on every page, with the hashes of Astro's scripts and styles added by Astro), and
 * `public/_headers` carries the same policy as an HTTP header for Netlify and Cloudflare Pages.
 *
 * Scripts and styles are files in `/_astro/` (never inlined, see `astro.config.mjs`), so `'self'`
 * covers them in the header, which cannot know Astro's hashes. Pagefind compiles its WebAssembly
 * (`'wasm-unsafe-eval'`) and may start a worker from `/pagefind/` (`worker-src 'self'`).
 */

/** `script-src`: no `'unsafe-inline'`, ever. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** `style-src`: no inline styles either. */
export const styleSources = ["'self'"] as const;

/** Every other directive, as Astro's `security.csp.directives` takes them. */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives a `<meta>` CSP may not carry (the browser ignores them there); the header adds them. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/** The policy as the HTTP header says it. */
export function headerCsp(): string {
  return [
    ...cspDirectives,
    ...headerOnlyDirectives,
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
  ].join('; ');
}

/** A policy as a map of directive → sources, hashes left out, for comparing two policies. */
export function parseCsp(policy: string, { dropHashes = true } = {}): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    map.set(name.toLowerCase(), values.filter((v) => !(dropHashes && /^'sha(256|384|512)-/.test(v))).sort());
  }
  return map;
}
