/** Glossary tooltips and the path checklist as a reader uses them: real Chromium, the built site. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch } from './helpers/browser';
import { DIST } from './helpers/dist';
import { serveDir } from './helpers/server';

const run = browserAvailable();
const CHECKLIST_PAGE = '/dla-nowych-pracownikow/';

describe.runIf(run)('pictures and guided reading in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDir>>;

  beforeAll(async () => {
    server = await serveDir(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a glossary definition on keyboard focus and on hover, without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/prawo/zadania/`);
    const term = page.locator('article .term').first();
    const tip = term.locator('[role=tooltip]');
    expect(await tip.isVisible()).toBe(false);
    await term.locator('a').focus();
    expect(await tip.isVisible()).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await tip.isVisible()).toBe(false);
    await term.locator('a').hover();
    expect(await tip.isVisible()).toBe(true);
    await context.close();
  });

  it('„Sprawdź się” opens an answer without JavaScript, and prints every answer open', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/historia/charzykowy-1989/`);
    const questions = page.locator('.self-check details');
    expect(await questions.count()).toBeGreaterThanOrEqual(3);
    const answers = page.locator('.self-check details p');
    expect(await answers.first().isVisible()).toBe(false);
    await questions.first().locator('summary').click();
    expect(await answers.first().isVisible()).toBe(true);
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    for (const answer of await answers.all()) expect(await answer.isVisible()).toBe(true);
    await context.close();
  });

  it('remembers checklist ticks in localStorage across a reload', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${CHECKLIST_PAGE}`);
    const boxes = page.locator('[data-checklist] input[type=checkbox]');
    expect(await boxes.count()).toBeGreaterThan(3);
    await boxes.nth(1).check();
    await boxes.nth(3).check();
    await page.reload();
    const checked = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
    expect(checked.flatMap((c, i) => (c ? [i] : []))).toEqual([1, 3]);
    await boxes.nth(1).uncheck();
    await page.reload();
    expect(await boxes.nth(1).isChecked()).toBe(false);
    expect(await boxes.nth(3).isChecked()).toBe(true);
    await context.close();
  });

  it('keeps plain working checkboxes without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}${CHECKLIST_PAGE}`);
    const box = page.locator('[data-checklist] input[type=checkbox]').first();
    await page.locator('[data-checklist] label').first().click();
    expect(await box.isChecked()).toBe(true);
    await context.close();
  });
});
