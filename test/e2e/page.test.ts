// The page in a real browser: Debian's Chromium driven by playwright-core against `serve()` on 127.0.0.1:0 with a
// temporary corpus. Pastes the reference article, checks Lavrov's highlight and role, opens his page and the
// triangle view, checks 360 px and keyboard use, and writes a screenshot of each view to test-artifacts/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { openCorpus, type Corpus } from '../../src/corpus/store/index.js';
import { loadSite, serve, type RunningServer } from '../../src/server/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTICLE = join(ROOT, '../shared/fixtures/seed/article.txt');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = process.env.DYAD_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let temp: string;
let corpus: Corpus;
let server: RunningServer;
let browser: BrowserContext;
let page: Page;

before(async () => {
  assert.ok(existsSync(CHROMIUM), `e2e: ${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium)`);
  temp = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  // The page as `npm run build:web` builds it, into a temporary folder so the test never serves a stale web/dist.
  const dist = join(temp, 'dist');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
  corpus = openCorpus(join(temp, 'corpus.db'));
  const started = await serve({ host: '127.0.0.1', port: 0, corpus, site: loadSite(dist) });
  assert.ok(started.ok, started.ok ? '' : started.error.message);
  server = started.server;
  browser = await chromium.launchPersistentContext(join(temp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(15_000);
});

after(async () => {
  await browser?.close();
  await server?.close();
  corpus?.close();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

const noSideScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);

test('e2e: paste the reference article, Lavrov is highlighted as a person with his role', async () => {
  await page.goto(`${server.url}/`);
  await page.locator('#article-input').fill(readFileSync(ARTICLE, 'utf8'));
  await page.locator('#store').check();
  await page.locator('#analyze').click();
  // The analysis runs in this test's process, which `npm test` shares with every other test file: give it time.
  await page.locator('[data-testid="article-text"]').waitFor({ timeout: 90_000 });
  const lavrov = page.locator('a.ent-PERSON', { hasText: 'Lavrov' }).first();
  await lavrov.waitFor();
  assert.equal(await lavrov.getAttribute('data-type'), 'PERSON');
  assert.match((await lavrov.getAttribute('data-role')) ?? '', /Foreign Minister/);
  await lavrov.hover();
  const tip = page.locator('#tip');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.innerText(), /Sergey Lavrov — person[\s\S]*Role: .*Foreign Minister/);
  assert.ok((await page.locator('.article-text .trigger').count()) > 0, 'event triggers are highlighted');
  assert.ok((await page.locator('.article-text .quote').count()) > 0, 'quotes are highlighted');
  await page.screenshot({ path: join(ARTIFACTS, 'article.png'), fullPage: true });
});

test('e2e: keyboard focus on a highlight shows its tooltip; 360 px wide has no sideways scroll', async () => {
  await page.mouse.move(0, 0);
  await page.locator('.article-text .trigger').first().focus();
  await page.locator('#tip', { hasText: /^Event \d{3,4}/ }).waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 360, height: 740 });
  assert.ok(await noSideScroll(), 'the article view fits 360 px');
  await page.screenshot({ path: join(ARTIFACTS, 'article-360.png'), fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('e2e: clicking Lavrov opens his entity page', async () => {
  await page.locator('a.ent-PERSON', { hasText: 'Lavrov' }).first().click();
  await page.locator('#entity-name').waitFor();
  assert.equal(await page.locator('#entity-name').innerText(), 'Sergey Lavrov');
  assert.match(await page.locator('[data-testid="entity-role"]').innerText(), /Foreign Minister/);
  assert.ok((await page.locator('ol.mentions li').count()) >= 2, 'his mentions are listed');
  await page.getByText('Across the corpus').first().waitFor();
  await page.getByText(/Named in 1 article/).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'entity.png'), fullPage: true });
});

test('e2e: the triangle view draws China, Russia and the US with a side to choose', async () => {
  await page.goto(`${server.url}/#/triangle?a=CHN&b=RUS&c=USA`);
  const svg = page.locator('svg.triangle');
  await svg.waitFor();
  assert.equal(await svg.locator('line.side').count(), 3);
  assert.match(await page.locator('[data-testid="configuration"]').innerText(), /\w/);
  const side = svg.locator('line.side').first();
  await side.focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="side-evidence"]').waitFor();
  await page.setViewportSize({ width: 360, height: 740 });
  assert.ok(await noSideScroll(), 'the triangle view fits 360 px');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(ARTIFACTS, 'triangle.png'), fullPage: true });
});

test('e2e: the events table, quotes explorer and relation timeline read the stored article', async () => {
  await page.goto(`${server.url}/#/events?source=RUS`);
  await page.locator('table tbody tr').first().waitFor();
  const firstEvent = await page.locator('table tbody tr').first().innerText();
  assert.match(firstEvent, /\b0\d{2,3} [A-Z][a-z]/, 'a CAMEO code with its name');
  await page.screenshot({ path: join(ARTIFACTS, 'events.png'), fullPage: true });

  await page.goto(`${server.url}/#/quotes`);
  await page.locator('table tbody tr').first().waitFor();
  await page.locator('#f-speaker').fill('Cui Heng');
  await page.locator('#f-speaker').press('Enter');
  await page.waitForURL(/#\/quotes\?speaker=Cui\+Heng/);
  await page.locator('table tbody tr').first().waitFor();
  assert.ok((await page.locator('table tbody tr').allInnerTexts()).every((row) => row.includes('Cui Heng')));
  await page.screenshot({ path: join(ARTIFACTS, 'quotes.png'), fullPage: true });

  await page.goto(`${server.url}/#/relations?a=RUS&b=CHN&by=day`);
  await page.locator('figure.chart canvas').waitFor();
  assert.ok((await page.locator('table tbody tr').count()) >= 1);
  await page.screenshot({ path: join(ARTIFACTS, 'relations.png'), fullPage: true });
});
