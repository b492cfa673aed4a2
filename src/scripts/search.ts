/**
 * The search page's script: loads Pagefind on first use, shows results best first inside
 * `[data-search-results]`, keeps `?q=` in the URL, and filters by section.
 * All words come from the dictionary, passed in through data attributes.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: Array<{ url: string; title: string; excerpt: string }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const root = document.querySelector<HTMLElement>('[data-search]')!;
const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
const select = root.querySelector<HTMLSelectElement>('select')!;
const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
const status = root.querySelector<HTMLElement>('[data-search-status]')!;
const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
const words = root.dataset as { loading: string; noResults: string; count1: string; count2: string; count5: string };

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    return pf;
  });
  return pagefind;
}

function countLabel(n: number): string {
  const few = n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20);
  return `${n} ${n === 1 ? words.count1 : few ? words.count2 : words.count5}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpts are HTML with <mark>; keep only text and the marks. */
function excerpt(html: string): HTMLElement {
  const p = el('p');
  const tmp = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstElementChild!;
  for (const node of Array.from(tmp.childNodes)) {
    p.append(node.nodeName === 'MARK' ? el('mark', {}, node.textContent ?? '') : (node.textContent ?? ''));
  }
  return p;
}

let seq = 0;
async function run(query: string) {
  const mine = ++seq;
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  if (select.value) url.searchParams.set('dzial', select.value);
  else url.searchParams.delete('dzial');
  history.replaceState(null, '', url);
  if (!query.trim()) {
    list.replaceChildren();
    status.textContent = '';
    empty.hidden = true;
    return;
  }
  status.textContent = words.loading;
  const pf = await load();
  const filters = select.value ? { section: select.value } : undefined;
  const search = await pf.search(query, { filters });
  const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  if (mine !== seq) return;
  status.textContent = countLabel(search.results.length);
  empty.hidden = search.results.length > 0;
  list.replaceChildren(
    ...data.map((d) => {
      const subs = d.sub_results.filter((s) => s.url !== d.url).slice(0, 3);
      return el(
        'li',
        {},
        el('a', { href: d.url, className: 'result' }, d.meta.title ?? d.url),
        el('span', { className: 'entry-src' }, ` – ${d.filters.section?.[0] ?? ''}`),
        excerpt(d.excerpt),
        ...(subs.length ? [el('ul', {}, ...subs.map((s) => el('li', {}, el('a', { href: s.url }, s.title))))] : []),
      );
    }),
  );
}

async function fillSections() {
  const pf = await load();
  const sections = Object.keys((await pf.filters()).section ?? {}).sort((a, b) => a.localeCompare(b, 'pl'));
  const wanted = new URL(location.href).searchParams.get('dzial') ?? '';
  for (const s of sections) select.append(el('option', { value: s, selected: s === wanted }, s));
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value), 150);
});
select.addEventListener('change', () => void run(input.value));
root.querySelector('form')!.addEventListener('submit', (e) => {
  e.preventDefault();
  void run(input.value);
});
list.addEventListener('keydown', (e) => {
  const links = Array.from(list.querySelectorAll<HTMLAnchorElement>('a.result'));
  const i = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (e.key === 'ArrowDown' && i < links.length - 1) { e.preventDefault(); links[i + 1]!.focus(); }
  if (e.key === 'ArrowUp') { e.preventDefault(); (i > 0 ? links[i - 1]! : input).focus(); }
  if (e.key === 'Escape') input.focus();
});
input.addEventListener('keydown', (e) => {
  if (e.key === 'ArrowDown') { e.preventDefault(); list.querySelector<HTMLAnchorElement>('a.result')?.focus(); }
  if (e.key === 'Escape') { input.value = ''; void run(''); }
});

root.classList.add('js');
input.value = new URL(location.href).searchParams.get('q') ?? '';
void fillSections().then(() => run(input.value));
export {};
