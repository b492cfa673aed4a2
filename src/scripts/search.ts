/**
 * The search page: results as you type (debounced), best first inside `[data-search-results]`,
 * filters by section and audience, the count, a „no results” help, `?q=` kept in the URL, and
 * the keyboard (↓/↑ move through results, Enter opens, Esc returns to the field or clears it).
 * Words come from the dictionary through data attributes; the search itself is search-engine.ts.
 */
import { entriesNamed, highlightTerms, type QueryPlan } from '../lib/search/query';
import { find, loadPagefind, type Result, type ResultData } from './search-engine';
import { pluralPl } from '../lib/plural';
import type { TermEntry } from '../lib/search/suggest';

const root = document.querySelector<HTMLElement>('[data-search]')!;
const form = root.querySelector('form')!;
const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
const selects = Array.from(root.querySelectorAll<HTMLSelectElement>('select[data-filter]'));
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
let start = root.querySelector<HTMLElement>('[data-search-start]')!;
const suggestion = root.querySelector<HTMLElement>('[data-search-suggestion]')!;
const termsBox = root.querySelector<HTMLElement>('[data-search-terms]')!;
const glossaryTerms = JSON.parse(root.querySelector('[data-search-glossary]')?.textContent ?? '[]') as TermEntry[];
const words = root.dataset as { loading: string; resultsFor: string; count: string; lang?: string; glossary: string; page: string };
/** The edition searched: English pages search Pagefind's English index, without the Polish form table. */
const lang = words.lang === 'en' ? 'en' : 'pl';
/** Quotation marks of the edition's language. */
const [qOpen, qClose] = lang === 'en' ? ['“', '”'] : ['„', '”'];
const PAGE = 5;

function countLabel(n: number): string {
  const [one = '', few = '', many = ''] = words.count.split('|');
  return `${n} ${pluralPl(n, [one, few, many])}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpts are HTML with <mark>; keep only the text and the marks. */
function excerpt(html: string): HTMLElement {
  const p = el('p', { className: 'excerpt' });
  const tmp = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild!;
  for (const node of Array.from(tmp.childNodes)) p.append(node.nodeName === 'MARK' ? el('mark', {}, node.textContent ?? '') : (node.textContent ?? ''));
  return p;
}

/** A result's link, carrying the words to highlight on the page it opens. */
function link(url: string, hl: string): string {
  const u = new URL(url, location.origin);
  u.searchParams.set('hl', hl);
  return u.pathname + u.search + u.hash;
}

/** A sub-result's weight: how strongly its section matched (Pagefind's per-location scores). */
const matchWeight = (s: ResultData['sub_results'][number]) => (s.weighted_locations ?? []).reduce((n, l) => n + l.balanced_score, 0);

function render(d: ResultData, hl: string, query: string): HTMLLIElement {
  // The glossary's result leads straight to the entries the query names („wywiad środowiskowy” → #wywiad-srodowiskowy).
  const named = new URL(d.url, location.origin).pathname === words.glossary ? entriesNamed(query, glossaryTerms) : [];
  // The sections that match best, in the page's order: not simply its first headings.
  const candidates = d.sub_results.filter((s) => s.url !== d.url && !s.url.endsWith('#footnote-label'));
  const best = new Set([...candidates].sort((a, b) => matchWeight(b) - matchWeight(a)).slice(0, 3 - named.length));
  const subs = [...named.map((e) => ({ url: `${words.glossary}#${e.id}`, title: e.term })), ...candidates.filter((s) => best.has(s))];
  return el(
    'li',
    {},
    el('a', { href: link(d.url, hl), className: 'result' }, d.meta.title ?? d.url),
    el('span', { className: 'result-section' }, d.filters.section?.[0] ?? ''),
    excerpt(d.excerpt),
    ...(subs.length ? [el('ul', { className: 'sub-results' }, ...subs.map((s) => el('li', {}, el('a', { href: link(s.url, hl) }, s.title))))] : []),
  );
}

let seq = 0;
let shown: { results: Result[]; hl: string; next: number; query: string } | undefined;

async function showMore() {
  if (!shown) return;
  const mine = seq;
  const batch = shown.results.slice(shown.next, shown.next + PAGE);
  const data = await Promise.all(batch.map((r) => r.data()));
  if (mine !== seq) return;
  list.append(...data.map((d) => render(d, shown!.hl, shown!.query)));
  shown.next += batch.length;
  more.hidden = shown.next >= shown.results.length;
}

function filters(): Record<string, string> {
  return Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
}

function syncUrl(query: string) {
  const url = new URL(location.href);
  const set = (k: string, v: string) => (v ? url.searchParams.set(k, v) : url.searchParams.delete(k));
  set('q', query);
  for (const s of selects) set(s.name, s.value);
  history.replaceState(null, '', url);
}

/** The site's words for spelling suggestions, one file a first letter, fetched only when a query finds nothing. */
const vocabularies = new Map<string, Promise<Record<string, number>>>();
function vocabulary(key: string): Promise<Record<string, number>> {
  let v = vocabularies.get(key);
  if (!v) vocabularies.set(key, (v = fetch(`/pagefind/slowa/${key}.json`).then((r) => (r.ok ? (r.json() as Promise<Record<string, number>>) : {}), () => ({}))));
  return v;
}

/**
 * No dead end: a spelling from the site's own words, and glossary entries close to what was typed. Its code is
 * loaded only when a query finds nothing, so that no search pays for it.
 */
async function offerAlternatives(query: string, mine: number) {
  const [{ closeTerms, suggestQuery, vocabularyKey }, { words: wordsOf }] = await Promise.all([import('../lib/search/suggest'), import('../lib/search/fold')]);
  // The site's words are Polish: the English edition offers only close glossary entries.
  const keys = lang === 'pl' ? [...new Set(wordsOf(query).map(vocabularyKey))] : [];
  const known = new Map(Object.entries(Object.assign({}, ...(await Promise.all(keys.map(vocabulary)))) as Record<string, number>));
  if (mine !== seq) return;
  const better = suggestQuery(query, known);
  suggestion.hidden = !better;
  if (better) {
    const a = suggestion.querySelector('a')!;
    a.textContent = `${qOpen}${better}${qClose}`;
    a.href = `${words.page}?q=${encodeURIComponent(better)}`;
  }
  const close = closeTerms(query, glossaryTerms);
  termsBox.hidden = close.length === 0;
  termsBox.querySelector('ul')!.replaceChildren(...close.map((t) => el('li', {}, el('a', { href: `${words.glossary}#${t.id}` }, t.term), t.expansion ? ` – ${t.expansion}` : '')));
}

async function run(query: string, complete: boolean) {
  const mine = ++seq;
  syncUrl(query);
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    empty.hidden = more.hidden = true;
    start.hidden = false;
    shown = undefined;
    return;
  }
  status.textContent = words.loading;
  const { plan, results } = await find(query, filters(), complete, lang);
  if (mine !== seq) return;
  shown = { results, hl: highlightTerms(plan as QueryPlan), next: 0, query };
  list.replaceChildren();
  await showMore();
  if (mine !== seq) return;
  if (!results.length) {
    // Ready before it is shown, so that the block appears once, whole.
    empty.querySelector('[data-search-empty-query]')!.textContent = query.trim();
    await offerAlternatives(query, mine);
    if (mine !== seq) return;
  }
  status.textContent = `${countLabel(results.length)} ${words.resultsFor} ${qOpen}${query.trim()}${qClose}`;
  // The reading paths stay in view until there are results to show in their place. When nothing is found they
  // follow the „no results” block as a fresh copy: the block appears above them, and a copy is new content,
  // not the same paths pushed down the screen (a layout shift).
  if (results.length) {
    empty.hidden = true;
    start.hidden = true;
  } else {
    empty.hidden = false;
    const fresh = start.cloneNode(true) as HTMLElement;
    fresh.hidden = false;
    start.replaceWith(fresh);
    start = fresh;
  }
}

/** The filter lists come with the page (src/data/search-filters.ts); the URL may choose a value in them. */
function selectFiltersFromUrl() {
  const params = new URL(location.href).searchParams;
  for (const s of selects) {
    const wanted = params.get(s.name) ?? '';
    if (Array.from(s.options).some((o) => o.value === wanted)) s.value = wanted;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value, true), 200);
});
for (const s of selects) s.addEventListener('change', () => void run(input.value, true));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(timer);
  void run(input.value, true);
});
more.addEventListener('click', () => void showMore());

const resultLinks = () => Array.from(list.querySelectorAll<HTMLAnchorElement>('a.result'));
list.addEventListener('keydown', (e) => {
  const links = resultLinks();
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown') { e.preventDefault(); links[Math.min(i + 1, links.length - 1)]?.focus(); }
  if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? links[i - 1]! : input).focus(); }
  if (e.key === 'Escape') { e.preventDefault(); input.focus(); }
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') { e.preventDefault(); resultLinks()[0]?.focus(); }
  if (e.key === 'Escape' && input.value) { e.preventDefault(); input.value = ''; void run('', true); }
});

root.classList.add('js');
input.value = new URL(location.href).searchParams.get('q') ?? '';
selectFiltersFromUrl();
if (input.value) void run(input.value, true);
// A reader who starts to use the search gets Pagefind loaded while typing.
else input.addEventListener('focus', () => void loadPagefind(), { once: true });
export {};
