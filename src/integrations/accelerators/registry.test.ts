import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACCELERATORS, fellBack, isOn, type AcceleratorId } from './registry';

const ids = Object.keys(ACCELERATORS) as AcceleratorId[];
const switchable = ids.filter((id) => ACCELERATORS[id].effect === 'speed' || ACCELERATORS[id].effect === 'memory');

describe('the accelerators’ switches', () => {
  it('are all on in a normal build', () => {
    for (const id of ids) expect(isOn(id, {}), id).toBe(true);
  });

  it('KPS_PLAIN_BUILD=1 turns every speed and memory accelerator off, and leaves on those that change or keep the output', () => {
    for (const id of switchable) expect(isOn(id, { KPS_PLAIN_BUILD: '1' }), id).toBe(false);
    expect(isOn('pagefind-rechunk', { KPS_PLAIN_BUILD: '1' })).toBe(true);
    expect(isOn('render-inputs', { KPS_PLAIN_BUILD: '1' })).toBe(true);
    expect(switchable.length).toBeGreaterThanOrEqual(4);
  });

  it('KPS_ACCELERATORS_OFF turns off just the named ones (to measure each alone)', () => {
    const env = { KPS_ACCELERATORS_OFF: 'markdown-workers, data-store' };
    expect(ids.filter((id) => !isOn(id, env))).toEqual(['markdown-workers', 'data-store']);
    expect(isOn('pagefind-rechunk', { KPS_ACCELERATORS_OFF: 'pagefind-rechunk' })).toBe(true);
  });
});

describe('an accelerator that stops working', () => {
  it('warns outside CI, naming itself and the internal that changed shape, and the build goes on', () => {
    const warnings: string[] = [];
    fellBack('data-store', 'no MutableDataStore class in astro/dist/content', (m) => warnings.push(m), {});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('„data-store”');
    expect(warnings[0]).toContain('no MutableDataStore class');
    expect(warnings[0]).toContain('MutableDataStore (fromFile, _collections, writeToDisk)');
  });

  it('stops the build under CI=true, with the same words', () => {
    const warnings: string[] = [];
    expect(() => fellBack('pagefind-rechunk', 'unknown metadata layout', (m) => warnings.push(m), { CI: 'true' })).toThrow(/„pagefind-rechunk”.*unknown metadata layout.*Pagefind 1\.6's index format.*CI=true/s);
    expect(warnings).toEqual([]);
  });
});

describe('the benchmark of the accelerators', () => {
  it('measures every switchable accelerator of the registry (scripts/bench/accelerators.mjs)', async () => {
    const { SWITCHABLE } = await import('../../../scripts/bench/accelerators.mjs');
    expect([...SWITCHABLE].sort()).toEqual([...switchable].sort());
  });
});

describe('accelerators-boundary: the rest of the site knows no internals', () => {
  /** Names of private internals of Astro, Pagefind and V8 that only this folder may use. */
  const INTERNALS = /astro\/dist|_collections|data-layer-content|mutable-data-store|MutableDataStore|pagefind_dcd|\.pf_(meta|index|fragment)|data-store\.json|internal-helpers|expose-gc|pagefind-entry/;
  const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mjs|astro)$/.test(name) ? [p] : [];
  });

  it('no file of src/ outside src/integrations/accelerators/ (nor the Astro config) names one', () => {
    const root = join(import.meta.dirname, '../../..');
    const outside = [...files(join(root, 'src')), join(root, 'astro.config.mjs')].filter((f) => !f.includes(`${join('src', 'integrations', 'accelerators')}`));
    expect(outside.length).toBeGreaterThan(50);
    const found = outside.flatMap((f) => readFileSync(f, 'utf8').split('\n').flatMap((line, i) => (INTERNALS.test(line) ? [`${f.slice(root.length + 1)}:${i + 1}: ${line.trim()}`] : [])));
    expect(found).toEqual([]);
  });

  it('the accelerators themselves do name them (the pattern is not empty)', () => {
    const inside = files(import.meta.dirname).filter((f) => !f.endsWith('.test.ts'));
    expect(inside.filter((f) => INTERNALS.test(readFileSync(f, 'utf8'))).length).toBeGreaterThanOrEqual(3);
  });
});
