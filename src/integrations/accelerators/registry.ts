/**
 * The build's accelerators, in one list: what each one is for, which internal of a dependency it relies on, and
 * whether it is on in this build. See README.md in this folder for what each saves and what happens on an upgrade.
 *
 * - `KPS_PLAIN_BUILD=1` turns every speed and memory accelerator off: the site must come out the same, byte for byte.
 * - `KPS_ACCELERATORS_OFF=a,b` turns the named ones off alone, to measure what each saves (`npm run bench`).
 * - An accelerator that changes the output on purpose (the re-split search index) or keeps it correct (the render
 *   cache check) stays on in both builds.
 *
 * When an accelerator finds a dependency's internal in a shape it does not know, it falls back to the plain way and
 * says so through `fellBack`: a warning, except under `CI=true`, where the build stops, so an upgrade that silently
 * turned an accelerator off is noticed before it lands.
 */

export type AcceleratorEffect = 'speed' | 'memory' | 'output' | 'correctness';

export interface Accelerator {
  /** What it does for the build. `output` and `correctness` ones are never switched off. */
  effect: AcceleratorEffect;
  /** The internal of Astro, Pagefind or Node it relies on; empty if it uses public interfaces only. */
  internal: string;
}

export const ACCELERATORS = {
  'markdown-workers': { effect: 'speed', internal: "Astro's unified() renderer interface (createRenderer) and @astrojs/markdown-remark's own import of rehype-raw" },
  'data-store': { effect: 'speed', internal: "Astro's MutableDataStore (fromFile, _collections, writeToDisk), the load hook of its content plugin, the \\0astro:data-layer-content module and the data-store.json format" },
  'collect-garbage': { effect: 'memory', internal: "V8's gc(), exposed at run time with --expose-gc" },
  'citation-templates': { effect: 'speed', internal: '' },
  'pagefind-rechunk': { effect: 'output', internal: "Pagefind 1.6's index format (pagefind_dcd, CBOR meta and chunks, fragments)" },
  'render-inputs': { effect: 'correctness', internal: "Astro's content cache file data-store.json in cacheDir" },
} as const satisfies Record<string, Accelerator>;

export type AcceleratorId = keyof typeof ACCELERATORS;

type Env = Record<string, string | undefined>;

/** Whether the accelerator is on in this build. */
export function isOn(id: AcceleratorId, env: Env = process.env): boolean {
  const { effect } = ACCELERATORS[id] as Accelerator;
  if (effect === 'output' || effect === 'correctness') return true;
  if (env.KPS_PLAIN_BUILD === '1') return false;
  return !(env.KPS_ACCELERATORS_OFF ?? '').split(',').map((s) => s.trim()).includes(id);
}

/** Whether this is a plain build (every speed and memory accelerator off). */
export const isPlainBuild = (env: Env = process.env) => env.KPS_PLAIN_BUILD === '1';

/**
 * An accelerator found an internal in a shape it does not know and fell back to the plain way (`detail` says what
 * it saw). Under `CI=true` this throws, naming the accelerator and the internal; elsewhere it warns and the build goes on.
 */
export function fellBack(id: AcceleratorId, detail: string, warn: (message: string) => void, env: Env = process.env): void {
  const { internal } = ACCELERATORS[id] as Accelerator;
  const message = `przyspieszenie „${id}” nie działa: ${detail}${internal ? ` (zależy od: ${internal})` : ''}; build idzie zwykłą drogą, wolniej – zob. src/integrations/accelerators/README.md`;
  if (env.CI === 'true') throw new Error(`${message}. Przy CI=true to błąd: sprawdź, czy aktualizacja Astro, Pagefinda lub Node zmieniła to, na czym polega przyspieszenie.`);
  warn(message);
}
