// Screenshots of built pages, to look at what a reader sees: node scripts/screenshot.mjs /path/ [/path2/ …]
// Options through the environment: WIDTH (default 1280), DARK=1 for the dark theme. Writes test/.tmp/shot-*.png.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveDir } from '../test/helpers/server.ts';

const paths = process.argv.slice(2);
const server = await serveDir(process.env.KPS_OUT_DIR ?? new URL('../dist', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: Number(process.env.WIDTH ?? 1280), height: 900 }, colorScheme: process.env.DARK ? 'dark' : 'light' });
mkdirSync('test/.tmp', { recursive: true });
for (const p of paths) {
  await page.goto(server.url + p);
  await page.waitForTimeout(300);
  const file = `test/.tmp/shot-${p.replace(/[^a-z0-9]+/gi, '_')}${process.env.DARK ? '-dark' : ''}.png`;
  await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
  console.log(file);
}
await browser.close();
await server.close();
