/**
 * Pictures and guided reading, checked on the built site against the content they come from:
 * timeline, roles diagram, charts, roles × competencies matrix, glossary marks, reading paths, backlinks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../src/lib/content-dir';
import { pagePath } from '../src/lib/page-links';
import { periodOf } from '../src/lib/timeline-periods';
import { ROOT } from './helpers/astro';
import { builtPages, isReadingPage } from './helpers/dist';

const CONTENT = resolve(ROOT, contentDir());
const yamlDir = (name: string) =>
  readdirSync(join(CONTENT, name)).filter((f) => f.endsWith('.yaml')).map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parseYaml(readFileSync(join(CONTENT, name, f), 'utf8')) }));
const frontmatter = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!);
const roles = readdirSync(join(CONTENT, 'roles')).filter((f) => /\.mdx?$/.test(f)).map((f) => ({ id: f.replace(/\.mdx?$/, ''), ...frontmatter(join(CONTENT, 'roles', f)) }));

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const reading = pages.filter(isReadingPage);
const page = (url: string) => {
  const p = byUrl.get(url);
  if (!p) throw new Error(`no built page ${url}`);
  return p;
};
const inside = (el: HTMLElement, selector: string) => {
  for (let n: HTMLElement | null = el.parentNode; n; n = n.parentNode) if (n.tagName && n.matches?.(selector)) return true;
  return false;
};

describe('the timeline at /os-czasu/', () => {
  const doc = page('/os-czasu/').doc;
  const events = yamlDir('timeline');
  const items = doc.querySelectorAll('.timeline-periods ol.timeline > li');

  it('has every event as an <li id> of an <ol>, with <time datetime> and a link to its page', () => {
    expect(items.map((li) => li.id).sort()).toEqual(events.map((e) => e.id).sort());
    for (const e of events) {
      const li = doc.getElementById(e.id)!;
      expect(li.tagName, e.id).toBe('LI');
      expect(li.querySelector('time')?.getAttribute('datetime'), e.id).toBe(String(e.date));
      if (e.page) expect(li.querySelector('.event a')?.getAttribute('href'), e.id).toBe(`/${e.page}/`);
    }
  });

  it('groups events by period, in date order, each under its period heading', () => {
    const sections = doc.querySelectorAll('.timeline-periods > section');
    expect(sections.length).toBeGreaterThanOrEqual(3);
    for (const s of sections) {
      const period = s.querySelector('h2')!.id.replace(/^okres-/, '');
      const dates = s.querySelectorAll('li > time').map((t) => t.getAttribute('datetime')!);
      for (const d of dates) expect(periodOf(d), d).toBe(period);
      expect([...dates].sort()).toEqual(dates);
    }
  });

  it('marks contested events as contested, and only those', () => {
    for (const e of events) {
      const li = doc.getElementById(e.id)!;
      expect(li.classList.contains('is-contested'), e.id).toBe(Boolean(e.contested));
      expect(li.querySelector('.contested') !== null, e.id).toBe(Boolean(e.contested));
    }
  });
});

describe('the roles diagram', () => {
  for (const url of ['/zawod/role/', '/']) {
    it(`on ${url}: one link per role, each to the role's page, with a text alternative`, () => {
      const fig = page(url).doc.querySelector('figure.diagram')!;
      expect(fig).not.toBeNull();
      const links = fig.querySelectorAll('svg a');
      expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(roles.map((r) => `/role/${r.id}/`).sort());
      for (const a of links) {
        const target = page(a.getAttribute('href')!);
        expect(target.doc.querySelector('h1')?.text, a.getAttribute('href')!).toBe(roles.find((r) => `/role/${r.id}/` === a.getAttribute('href'))!.title);
        expect(a.text.replace(/\s+/g, ' ').trim().length).toBeGreaterThan(3);
      }
      const svg = fig.querySelector('svg')!;
      expect(fig.querySelector(`figcaption#${svg.getAttribute('aria-labelledby')}`)?.text.length).toBeGreaterThan(20);
      // Dark mode: colours come from the page's CSS variables, none is fixed in the drawing.
      expect(svg.toString()).not.toMatch(/(fill|stroke)="#|style="/);
    });
  }
});

describe('the charts', () => {
  const charts = pages.flatMap((p) => p.doc.querySelectorAll('svg.chart').map((svg) => ({ url: p.url, svg })));
  const stats = yamlDir('statistics');

  it('exist for every dataset with two or more figures', () => {
    expect(charts.length).toBe(stats.filter((s) => s.rows.length >= 2).length);
    expect(charts.length).toBeGreaterThan(0);
  });

  it.each(charts.map((c) => [c.svg.getAttribute('aria-label'), c] as const))('%s: svg role=img with a label, then the same data in a table with year and source', (_l, { svg }) => {
    expect(svg.getAttribute('role')).toBe('img');
    const label = svg.getAttribute('aria-label')!;
    const table = svg.nextElementSibling!;
    expect(table.tagName).toBe('TABLE');
    const caption = table.querySelector('caption')!.text;
    expect(label).toContain(/\(([^()]*)\)$/.exec(caption)![1]);
    expect(table.parentNode!.querySelector('.entry-src a[href^="/zrodla/#"]')).not.toBeNull();
    const rects = svg.querySelectorAll('rect');
    const values = rects.map((r) => Number(r.getAttribute('data-value')));
    const tableValues = table.querySelectorAll('tbody td').map((td) => Number(td.text.replace(/\D/g, '')));
    expect(values).toEqual(tableValues);
    // Bar lengths are proportional to the figures.
    const widths = rects.map((r) => Number(r.getAttribute('width')));
    const [maxW, maxV] = [Math.max(...widths), Math.max(...values)];
    for (let i = 0; i < values.length; i++) expect(widths[i]! / maxW).toBeCloseTo(values[i]! / maxV, 2);
  });
});

describe('the roles × competencies matrix', () => {
  const table = page('/zawod/role/').doc.querySelector('table.matrix')!;
  const competencies = yamlDir('competencies');

  it('is a table with column headers for roles and row headers for competencies', () => {
    expect(table.querySelector('caption')).not.toBeNull();
    const cols = table.querySelectorAll('thead th[scope=col] a').map((a) => a.getAttribute('href'));
    expect(cols).toEqual(roles.sort((a, b) => a.order - b.order).map((r) => `/role/${r.id}/`));
    expect(table.querySelectorAll('tbody th[scope=row]').length).toBe(competencies.length);
  });

  it('marks exactly the competencies each role references', () => {
    const cols = table.querySelectorAll('thead th[scope=col] a').map((a) => a.getAttribute('href')!.split('/')[2]!);
    for (const row of table.querySelectorAll('tbody tr').filter((tr) => tr.querySelector('th[scope=row]'))) {
      const comp = row.querySelector('th a')!.getAttribute('href')!.split('#')[1]!;
      const cells = row.querySelectorAll('td').map((td) => td.text.trim().endsWith('tak'));
      expect(cells, comp).toEqual(cols.map((r) => roles.find((x) => x.id === r)!.competencies.includes(comp)));
    }
  });
});

describe('the glossary in place', () => {
  const marked = reading.filter((p) => p.doc.querySelector('article .term a[href^="/slownik/#"]'));

  it('marks terms on at least 60% of reading pages, never on the glossary itself', () => {
    expect(marked.length / reading.length).toBeGreaterThanOrEqual(0.6);
    expect(page('/slownik/').doc.querySelector('.term')).toBeNull();
  });

  it('marks each term once per page, outside headings, links and code, with its definition as the description', () => {
    for (const p of marked) {
      const terms = p.doc.querySelectorAll('.term');
      const ids = terms.map((t) => t.querySelector('a')!.getAttribute('href'));
      expect(new Set(ids).size, p.url).toBe(ids.length);
      for (const t of terms) {
        expect(inside(t, 'h1, h2, h3, h4, h5, h6, a, code, pre'), `${p.url}: ${t.text}`).toBe(false);
        const a = t.querySelector('a')!;
        const tip = p.doc.getElementById(a.getAttribute('aria-describedby')!);
        expect(tip?.getAttribute('role'), p.url).toBe('tooltip');
        expect(tip?.text.length).toBeGreaterThan(10);
      }
    }
  });

  it('links to glossary entries that exist', () => {
    const glossary = page('/slownik/').doc;
    for (const p of marked) for (const a of p.doc.querySelectorAll('.term > a')) expect(glossary.getElementById(a.getAttribute('href')!.split('#')[1]!), p.url).not.toBeNull();
  });
});

describe('reading paths', () => {
  const paths = yamlDir('paths');

  it.each(paths.map((p) => [p.id, p] as const))('%s: every step shows „krok k z n” and links to its neighbours', (_id, path) => {
    const steps: string[] = path.steps;
    steps.forEach((step, i) => {
      const nav = page(`/${step}/`).doc.querySelector(`nav.path-nav[data-path="${path.id}"]`);
      expect(nav, step).not.toBeNull();
      expect(nav!.text.replace(/\s|&nbsp;/g, " ")).toContain(`krok ${i + 1} z ${steps.length}`);
      expect(nav!.querySelector('a[rel=prev]')?.getAttribute('href')).toBe(i > 0 ? `/${steps[i - 1]}/` : undefined);
      expect(nav!.querySelector('a[rel=next]')?.getAttribute('href')).toBe(i < steps.length - 1 ? `/${steps[i + 1]}/` : undefined);
    });
  });

  it.each(paths.map((p) => [p.id, p] as const))('%s: the introduction lists the steps in order and the checklist as checkboxes', (_id, path) => {
    const doc = page(`/${path.page}/`).doc;
    expect(doc.querySelectorAll('.path-steps a').map((a) => a.getAttribute('href'))).toEqual(path.steps.map((s: string) => `/${s}/`));
    expect(doc.querySelectorAll(`[data-checklist="${path.id}"] input[type=checkbox]`).length).toBe((path.checklist ?? []).length);
  });
});

describe('backlinks', () => {
  // Within the Polish edition: an English page linking to a Polish one (marked „in Polish”) is not listed there.
  const polish = reading.filter((p) => !p.url.startsWith('/en/'));
  // The links a page makes: in its article, except glossary marks, footnotes and source notes.
  const linksOf = (p: (typeof reading)[number]) =>
    new Set(
      p.doc.querySelectorAll('article a[href]')
        .filter((a) => !inside(a, '.term, [data-footnotes], .entry-src'))
        .map((a) => pagePath(a.getAttribute('href')!))
        .filter((u): u is string => u !== undefined && u !== p.url && byUrl.has(u) && isReadingPage(byUrl.get(u)!)),
    );
  const links = new Map(polish.map((p) => [p.url, linksOf(p)]));

  it.each(polish.map((p) => [p.url, p] as const))('%s lists exactly the reading pages that link to it', (url, p) => {
    const expected = polish.filter((q) => links.get(q.url)!.has(url)).map((q) => q.url).sort();
    const shown = p.doc.querySelectorAll('.backlinks li a').map((a) => a.getAttribute('href')).sort();
    expect(shown).toEqual(expected);
  });

  it('related pages are other reading pages, on most pages', () => {
    const withRelated = polish.filter((p) => p.doc.querySelector('.related li a'));
    expect(withRelated.length / polish.length).toBeGreaterThan(0.8);
    for (const p of withRelated) for (const a of p.doc.querySelectorAll('.related li a')) expect(a.getAttribute('href'), p.url).not.toBe(p.url);
  });
});
