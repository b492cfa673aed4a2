/**
 * The only script on a reading page (≤ 1 KiB gzip, asserted by test/built-site.test.ts):
 * „/” focuses the search field from anywhere, and a page opened from a search result
 * (`?hl=słowa`) marks the words it was found by. Everything else of search loads on /szukaj/.
 */
const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');

addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
  const field = (document.getElementById('q') ?? document.getElementById('q-header')) as HTMLInputElement | null;
  if (!field) return;
  e.preventDefault();
  field.focus();
  field.select();
});

const hl = new URLSearchParams(location.search).get('hl');
const body = document.querySelector('[data-pagefind-body]');
if (hl && body) {
  // A word matches a term when it starts with the term less its ending (ośrodka → ośrod…).
  const stems = hl.split(/\s+/).filter((w) => w.length > 1).map((w) => fold(w).slice(0, Math.max(4, w.length - 2)));
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const parts = node.data.split(/([\p{L}\p{N}]+)/u);
    if (!parts.some((p) => stems.some((s) => fold(p).startsWith(s)))) continue;
    node.replaceWith(...parts.map((p) => {
      if (!p || !stems.some((s) => fold(p).startsWith(s))) return p;
      const m = document.createElement('mark');
      m.textContent = p;
      return m;
    }));
  }
}
export {};
