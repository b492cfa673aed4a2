/**
 * What the knowledge sections promise their readers, checked on the built site: the practice section for new hires,
 * the way into the profession for students, the history for teachers (self-checks, dates that hold), and the legal
 * state every page on law or procedure shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../src/lib/content-dir';
import { ROOT } from './helpers/astro';
import { builtPages, type BuiltPage } from './helpers/dist';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const page = (url: string): BuiltPage => {
  const p = byUrl.get(url);
  if (!p) throw new Error(`${url} was not built`);
  return p;
};
const articlesDir = join(ROOT, contentDir(), 'articles');
const frontmatter = (id: string) => parseYaml(readFileSync(join(articlesDir, `${id}.md`), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
const idsIn = (folder: string) => readdirSync(join(articlesDir, folder)).filter((f) => /\.mdx?$/.test(f)).map((f) => `${folder}/${f.replace(/\.mdx?$/, '')}`);
const path = (audience: string) => parseYaml(readFileSync(join(ROOT, contentDir(), 'paths', `${audience}.yaml`), 'utf8')) as { steps: string[]; checklist: string[] };
const text = (p: BuiltPage) => p.doc.querySelector('article')!.text.replace(/\s+/g, ' ');

const PRACTICE = ['wywiad-srodowiskowy', 'kontrakt-socjalny', 'decyzje-i-odwolania', 'swiadczenia-i-kryteria-dochodowe', 'niebieska-karta', 'superwizja-i-wsparcie', 'bezpieczenstwo-w-terenie', 'dokumentacja-i-poufnosc', 'wspolpraca'];
const CAREER = ['jak-zostac-pracownikiem-socjalnym', 'studia', 'zarobki', 'miejsca-pracy', 'rynek-pracy', 'kariera', 'czy-to-zawod-dla-mnie'];

describe('„Praktyka”: the daily work of a new hire', () => {
  it('is an item of the main navigation on every Polish page, leading to its overview', () => {
    for (const p of pages.filter((p) => p.doc.querySelector('nav.main') && !p.url.startsWith('/en/'))) {
      const link = p.doc.querySelectorAll('nav.main a').find((a) => a.text.trim() === 'Praktyka');
      expect(link?.getAttribute('href'), p.url).toBe('/praktyka/');
    }
  });

  it('has a page for each part of the daily work, and the overview lists every page of the section', () => {
    const overview = page('/praktyka/');
    const listed = overview.doc.querySelectorAll('ol.section-pages a').map((a) => a.getAttribute('href'));
    for (const slug of PRACTICE) {
      expect(byUrl.has(`/praktyka/${slug}/`), slug).toBe(true);
      expect(listed, slug).toContain(`/praktyka/${slug}/`);
    }
    expect(listed.length).toBe(idsIn('praktyka').length);
    const orders = listed.map((u) => Number(frontmatter(u!.slice(1, -1)).order ?? 100));
    expect(orders, 'in their order').toEqual([...orders].sort((a, b) => a - b));
  });

  it('every page on law or procedure shows, under its lead, the legal state written in its frontmatter', () => {
    const ids = [...idsIn('praktyka'), ...idsIn('prawo'), 'praktyka'];
    expect(ids.length).toBeGreaterThanOrEqual(PRACTICE.length + 6);
    for (const id of ids) {
      const state = frontmatter(id).legalState;
      const shown = page(`/${id}/`).doc.querySelector('article p.legal-state');
      expect(shown, id).not.toBeNull();
      expect(shown!.querySelector('time')?.getAttribute('datetime'), id).toBe(state instanceof Date ? state.toISOString().slice(0, 10) : state);
      expect(shown!.text.replace(/\s+/g, ' '), id).toMatch(/^Stan prawny na \d{1,2} \S+ \d{4} r\./);
    }
  });

  it('the new hire’s path leads through every practice page, the RWS before the decisions and the benefits', () => {
    const { steps } = path('nowi-pracownicy');
    for (const slug of PRACTICE) expect(steps, slug).toContain(`praktyka/${slug}`);
    expect(steps.indexOf('praktyka/wywiad-srodowiskowy')).toBeLessThan(steps.indexOf('praktyka/decyzje-i-odwolania'));
    expect(steps.indexOf('praktyka/decyzje-i-odwolania')).toBeLessThan(steps.indexOf('praktyka/swiadczenia-i-kryteria-dochodowe'));
  });

  it('states the income criteria with the regulation and the period they apply to, the old ones as old', () => {
    const t = text(page('/praktyka/swiadczenia-i-kryteria-dochodowe/'));
    expect(t).toMatch(/1010\s?zł/);
    expect(t).toMatch(/823\s?zł/);
    expect(t).toContain('Dz.U. 2024 poz. 1044');
    expect(t).toMatch(/776\s?zł/);
    expect(t).toContain('Dz.U. 2021 poz. 1296');
  });

  it('limits psychological help to its real scope wherever it is mentioned', () => {
    for (const url of ['/dla-nowych-pracownikow/', '/prawo/prawa-i-ochrona/', '/praktyka/superwizja-i-wsparcie/']) {
      const t = text(page(url));
      expect(t, url).toMatch(/pomoc\S* psychologiczn/);
      expect(t, url).toMatch(/zagrażając\S* (jego |ich )?życiu lub zdrowiu/);
    }
  });
});

describe('„Droga do zawodu”: what a student deciding asks', () => {
  it('has its pages, and the home page and the student path lead there', () => {
    for (const slug of CAREER) expect(byUrl.has(`/droga-do-zawodu/${slug}/`), slug).toBe(true);
    expect(page('/').doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain('/droga-do-zawodu/');
    const { steps } = path('studenci');
    for (const slug of CAREER) expect(steps, slug).toContain(`droga-do-zawodu/${slug}`);
    expect(steps.at(-1)).toBe('droga-do-zawodu/czy-to-zawod-dla-mnie');
  });

  it('ends with a self-check „Czy to zawód dla mnie?” that works without JavaScript', () => {
    const p = page('/droga-do-zawodu/czy-to-zawod-dla-mnie/');
    expect(p.doc.querySelectorAll('.self-check details summary').length).toBeGreaterThanOrEqual(3);
    expect(p.doc.querySelectorAll('script').filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.getAttribute('src'))).not.toContain(expect.stringMatching(/self-check/));
  });

  it('shows the five grades of art. 121b ust. 1, the coordinator as a grade of its own', () => {
    for (const url of ['/prawo/awans-zawodowy/', '/droga-do-zawodu/kariera/']) {
      const t = text(page(url));
      for (const grade of ['starszy pracownik socjalny', 'specjalista pracy socjalnej', 'starszy specjalista pracy socjalnej', 'starszy specjalista pracy socjalnej – koordynator', 'główny specjalista pracy socjalnej']) {
        expect(t.toLowerCase(), `${url}: ${grade}`).toContain(grade);
      }
      expect(t, url).toMatch(/pięć|5 stopni/);
      expect(t, url).not.toMatch(/cztery stopnie/);
    }
  });
});

describe('the history, for teaching', () => {
  // Every article of the section „historia”: the pages under /historia/ and the timeline.
  const historyPages = pages.filter((p) => p.url.startsWith('/historia/') || p.url === '/os-czasu/');
  const rolePages = pages.filter((p) => /^\/role\/[^/]+\/$/.test(p.url));

  it('every history article and every role page ends with 3–5 „Sprawdź się” questions, each answered and tied to its passage', () => {
    expect(historyPages.length).toBeGreaterThanOrEqual(10);
    expect(rolePages).toHaveLength(8);
    for (const p of [...historyPages, ...rolePages]) {
      const section = p.doc.querySelector('section.self-check');
      expect(section, p.url).not.toBeNull();
      expect(section!.querySelector('h2')?.text).toBe('Sprawdź się');
      const items = section!.querySelectorAll('li details');
      expect(items.length, p.url).toBeGreaterThanOrEqual(3);
      expect(items.length, p.url).toBeLessThanOrEqual(5);
      for (const d of items) {
        expect(d.querySelector('summary')?.text.trim().length, p.url).toBeGreaterThan(10);
        const link = d.querySelector('p a[href^="#"]');
        const target = p.doc.getElementById(link!.getAttribute('href')!.slice(1));
        expect(target?.tagName, `${p.url} ${link!.getAttribute('href')}`).toMatch(/^H[2-4]$/);
        expect(p.doc.querySelector('article')!.querySelector(`#${target!.id}`), p.url).not.toBeNull();
      }
    }
  });

  it('keeps the self-checks out of the indexed body, so they never show in search excerpts', () => {
    for (const p of pages.filter((p) => p.doc.querySelector('section.self-check'))) {
      expect(p.doc.querySelector('[data-pagefind-body] section.self-check'), p.url).toBeNull();
    }
  });

  it('files the dates the sources settle where they belong, and the old anchors still land on the events', () => {
    const timeline = page('/os-czasu/');
    const event = (id: string) => timeline.doc.getElementById(id);
    expect(event('1954-radlinska-smierc')?.querySelector('time')?.getAttribute('datetime')).toMatch(/^1954/);
    expect(event('1953-radlinska-smierc')?.parentNode?.getAttribute('id')).toBe('1954-radlinska-smierc');
    expect(event('2008-trzeci-wtorek-marca')?.querySelector('time')?.getAttribute('datetime')).toMatch(/^2008/);
    expect(event('2009-trzeci-wtorek-marca')?.parentNode?.getAttribute('id')).toBe('2008-trzeci-wtorek-marca');
    expect(timeline.doc.querySelectorAll('time').some((t) => /^1953/.test(t.getAttribute('datetime') ?? ''))).toBe(false);
  });

  it('has the interwar roots, the PRL and the years after 2004 as pages of their own', () => {
    for (const url of ['/historia/opieka-spoleczna-przed-1939/', '/historia/prl/', '/historia/po-2004/']) expect(byUrl.has(url), url).toBe(true);
    expect(text(page('/historia/opieka-spoleczna-przed-1939/'))).toMatch(/1923 r\. nr 92 poz\. 726/);
  });
});
