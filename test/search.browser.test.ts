/** The search as a reader uses it: real Chromium, the built site, Pagefind's real index. */
import { describe, expect, it } from 'vitest';
import { browserAvailable } from './helpers/browser';
import { useSiteInBrowser } from './helpers/site-browser';

const run = browserAvailable();

describe.runIf(run)('search in Chromium', () => {
  const site = useSiteInBrowser();

  const resultLinks = async () => {
    await site.page.waitForSelector('[data-search-results] a', { timeout: 15_000 });
    return site.page.$$eval('[data-search-results] > li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  };

  it('finds the Charzykowy 1989 page first for „Charzykowach”', async () => {
    await site.page.goto(`${site.url}/szukaj/?q=Charzykowach`);
    expect((await resultLinks())[0]).toBe('/historia/charzykowy-1989/');
    expect(await site.page.inputValue('#q')).toBe('Charzykowach');
    expect(await site.page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
  });

  it('works with the keyboard alone, from the header form of any page', async () => {
    await site.page.goto(`${site.url}/historia/charzykowy-1989/`);
    // Tab from the top of the page: skip link, brand, navigation, then the search field.
    let focused = '';
    for (let i = 0; i < 15 && focused !== 'q-header'; i++) {
      await site.page.keyboard.press('Tab');
      focused = await site.page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('q-header');
    await site.page.keyboard.type('Kuroń');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\/szukaj\/\?q=/);
    const links = await resultLinks();
    expect(links.length).toBeGreaterThan(0);
    await site.page.focus('#q');
    await site.page.keyboard.press('ArrowDown');
    const first = await site.page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname);
    expect(first).toBe(links[0]);
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL((u) => u.pathname === links[0]);
  });

  it('keeps ?q= in the URL in step with what is typed', async () => {
    await site.page.goto(`${site.url}/szukaj/`);
    await site.page.fill('#q', 'pomoc');
    await site.page.waitForURL(/q=pomoc/);
    expect((await resultLinks()).length).toBeGreaterThan(0);
  });
  it('„/” focuses the search field from a reading page, and not while typing in a field', async () => {
    await site.page.goto(`${site.url}/historia/charzykowy-1989/`);
    await site.page.keyboard.press('/');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('q-header');
    await site.page.keyboard.type('abc/');
    expect(await site.page.inputValue('#q-header')).toBe('abc/');
    await site.page.goto(`${site.url}/szukaj/`);
    await site.page.keyboard.press('/');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('q');
  });

  it('shows title, section, a highlighted excerpt and links to headings; arrows and Esc move between field and results', async () => {
    await site.page.goto(`${site.url}/szukaj/?q=${encodeURIComponent('Dzień Pracownika Socjalnego')}`);
    await resultLinks();
    const first = site.page.locator('[data-search-results] > li').first();
    expect((await first.locator('a.result').textContent())?.length).toBeGreaterThan(3);
    expect((await first.locator('.result-section').textContent())?.trim().length).toBeGreaterThan(2);
    expect(await first.locator('.excerpt mark').count()).toBeGreaterThan(0);
    expect(await site.page.locator('[data-search-results] .sub-results a[href*="#"]').count()).toBeGreaterThan(0);
    await site.page.focus('#q');
    await site.page.keyboard.press('ArrowDown');
    await site.page.keyboard.press('ArrowDown');
    const second = await site.page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.children[1]?.contains(document.activeElement));
    expect(second).toBe(true);
    await site.page.keyboard.press('ArrowUp');
    await site.page.keyboard.press('ArrowUp');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('q');
    await site.page.keyboard.press('ArrowDown');
    await site.page.keyboard.press('Escape');
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('q');
    await site.page.keyboard.press('Escape');
    expect(await site.page.inputValue('#q')).toBe('');
    expect(new URL(site.page.url()).searchParams.get('q')).toBeNull();
  });

  it('the page a result opens marks the words it was found by', async () => {
    await site.page.goto(`${site.url}/szukaj/?q=${encodeURIComponent('ośrodka pomocy')}`);
    const links = await resultLinks();
    await site.page.click('[data-search-results] > li > a');
    await site.page.waitForURL((u) => u.pathname === links[0]);
    const marked = await site.page.$$eval('[data-pagefind-body] mark', (ms) => ms.map((m) => m.textContent!.toLowerCase()));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((w) => !/^(ośrod|pomo)/.test(w)), links[0]).toEqual([]);
  });

  it('filters by section and by audience, and keeps both in the URL', async () => {
    await site.page.goto(`${site.url}/szukaj/?q=pracownik`);
    const all = await resultLinks();
    await site.page.selectOption('#dla', { label: 'Dla nauczycieli' });
    await site.page.waitForURL(/dla=Dla\+nauczycieli|dla=Dla%20nauczycieli/);
    await site.page.waitForFunction((n) => document.querySelectorAll('[data-search-results] > li').length !== n || /^\d/.test(document.querySelector('[data-search-status]')!.textContent!), all.length);
    const forTeachers = await resultLinks();
    expect(forTeachers.length).toBeGreaterThan(0);
    for (const url of forTeachers) {
      const html = await (await fetch(`${site.url}${url}`)).text();
      expect(html, url).toContain('data-pagefind-filter="audience:Dla nauczycieli"');
    }
    expect(await site.page.locator('#dzial option').count()).toBeGreaterThan(3);
  });

  it('when nothing is found, says so and points to the glossary and the A–Z list', async () => {
    await site.page.goto(`${site.url}/szukaj/?q=qwxzyk`);
    await site.page.waitForSelector('[data-search-empty]:not([hidden])', { timeout: 15_000 });
    expect(await site.page.locator('[data-search-results] > li').count()).toBe(0);
    expect(await site.page.locator('[data-search-empty] a[href="/slownik/"]').count()).toBe(1);
    expect(await site.page.locator('[data-search-empty] a[href="#a-z"]').count()).toBe(1);
    expect(await site.page.textContent('[data-search-empty]')).toContain('qwxzyk');
  });

  it('never leaves a dead end: a spelling from the site’s words, close glossary entries and the three reading paths', async () => {
    await site.page.goto(`${site.url}/szukaj/?q=wywiat`);
    await site.page.waitForSelector('[data-search-suggestion]:not([hidden])', { timeout: 15_000 });
    const suggested = site.page.locator('[data-search-suggestion] a');
    expect(await suggested.textContent()).toBe('„wywiad”');
    expect(await suggested.getAttribute('href')).toBe('/szukaj/?q=wywiad');
    expect(await site.page.locator('[data-search-terms]:not([hidden]) a[href="/slownik/#wywiad-srodowiskowy"]').count()).toBe(1);
    const paths = site.page.locator('[data-search-start]:visible .cards a');
    expect(await paths.count()).toBe(3);
    // Nothing found and nothing close: the paths and the A–Z list still stand.
    await site.page.goto(`${site.url}/szukaj/?q=qwxzyk`);
    await site.page.waitForSelector('[data-search-empty]:not([hidden])', { timeout: 15_000 });
    expect(await site.page.locator('[data-search-suggestion]').isHidden()).toBe(true);
    expect(await site.page.locator('[data-search-start] .cards a').count()).toBe(3);
    expect(await site.page.locator('[data-search-start]').isVisible()).toBe(true);
  });

  it('shows the results in place of the reading paths, and the matching sections as sub-results', async () => {
    await site.page.goto(`${site.url}/szukaj/?q=${encodeURIComponent('domy pomocy społecznej')}`);
    await resultLinks();
    expect(await site.page.locator('[data-search-start]').isHidden()).toBe(true);
    const subs = await site.page.$$eval('[data-search-results] > li .sub-results a', (as) => as.map((a) => a.textContent ?? ''));
    expect(subs.some((t) => /dom pomocy społecznej/i.test(t)), subs.join(' | ')).toBe(true);
  });

  it('without JavaScript, offers the three reading paths and the A–Z list', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/szukaj/?q=superwizja`);
    const hrefs = await page.$$eval('[data-search-start] .cards a', (as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.sort()).toEqual(['/dla-nauczycieli/', '/dla-nowych-pracownikow/', '/dla-studentow/']);
    expect(await page.locator('[data-search-start]').isVisible()).toBe(true);
    expect(await page.locator('details.a-z li a').count()).toBeGreaterThan(30);
    await context.close();
  });

  it('shifts nothing on the screen as results arrive (layout shift ≤ 0.01, as Lighthouse counts it)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!e.hadRecentInput) (window as unknown as { cls: number }).cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const q of ['Charzykowy', 'qwxzyk', 'ośrodek pomocy']) {
      await page.goto(`${site.url}/szukaj/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => /^\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls), q).toBeLessThanOrEqual(0.01);
    }
    await context.close();
  });

  it('answers questions: question and function words never empty the results, nor words no page has', async () => {
    for (const q of ['co to jest wywiad środowiskowy', 'ilu pracowników ma mops w krakowie', 'co zrobić gdy podejrzewam przemoc domową', 'jak to jest']) {
      await site.page.goto(`${site.url}/szukaj/?q=${encodeURIComponent(q)}`);
      await site.page.waitForFunction(() => /^\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
      expect(await site.page.locator('[data-search-results] > li').count(), q).toBeGreaterThan(0);
    }
  });
});
