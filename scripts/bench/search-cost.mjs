// What search costs a reader: bytes the browser receives from a gzip-serving host by the first query from a cold cache and by a later
// one, and the median time from the last keystroke to the first result shown, over 20 queries, in Chromium.
import { chromium } from 'playwright-core';
import { serveDir } from '../../test/helpers/server.ts';
import { recorder, searchBytes } from '../../test/helpers/transfer.ts';

const QUERIES = ['ośrodka', 'pomoc spoleczna', 'DPS', 'Charzykowach', 'Kuron', 'mediator', 'wywiad', 'rodzinie', 'dzieci', 'kwalifikacje',
  'specjalizacja', 'dodatek', 'procedura', 'placówki', 'ustawa', 'PCPR', 'etyka', 'awans', 'historia', 'seniorów'];

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A failure of the browser itself (it crashed or was closed under us), not of the site: worth one more try. */
export function isBrowserCrash(error) {
  return /Target page, context or browser has been closed|Browser has been closed|Target closed|browser has disconnected|crashed/i.test(String(error?.message ?? error));
}

/**
 * The measurement, tried once more if Chromium crashes (on this shared machine it did, once in a while, at 1000
 * pages); a second crash, or any other error, is reported in one line and the row gets no search figures.
 */
export async function searchCost(dist, { log = console.log, measure = measureSearch } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measure(dist);
    } catch (error) {
      const crash = isBrowserCrash(error);
      const reason = String(error?.message ?? error).split('\n')[0];
      if (crash && attempt === 1) { log(`bench: Chromium crashed during the search measurement (${reason}); trying once more`); continue; }
      log(`bench: search not measured: ${crash ? 'Chromium crashed again' : 'error'} (${reason})`);
      return { firstKiB: NaN, laterKiB: NaN, medianMs: NaN, failed: reason };
    }
  }
}

async function measureSearch(dist) {
  const server = await serveDir(dist, { gzip: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const rec = recorder(page);
    await page.goto(`${server.url}/szukaj/?q=${encodeURIComponent('ośrodek pomocy')}`);
    await page.waitForSelector('[data-search-results] a', { timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const firstKiB = searchBytes(await rec.take()) / 1024;
    await page.fill('#q', 'mediator');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'mediator');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const laterKiB = searchBytes(await rec.take()) / 1024;

    const times = [];
    for (const q of QUERIES) {
      await page.fill('#q', '');
      await page.evaluate(() => {
        const list = document.querySelector('[data-search-results]');
        window.__shown = new Promise((resolve) => {
          const seen = new MutationObserver(() => {
            if (list.querySelector('a')) { seen.disconnect(); resolve(performance.now()); }
          });
          seen.observe(list, { childList: true, subtree: true });
        });
      });
      await page.type('#q', q.slice(0, -1));
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.type(q.slice(-1));
      const t1 = await page.evaluate(() => Promise.race([window.__shown, new Promise((r) => setTimeout(() => r(NaN), 10_000))]));
      if (Number.isFinite(t1)) times.push(t1 - t0);
    }
    return { firstKiB, laterKiB, medianMs: median(times) };
  } finally {
    await browser.close();
    await server.close();
  }
}
