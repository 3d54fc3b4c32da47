/**
 * End to end, in a real browser: the built page (vite build + vite preview) and the mock vendor
 * server on free loopback ports, Debian's Chromium driven by playwright-core.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockServer } from '../server/mock-server';
import { startMockServer } from '../server/mock-server';
import { exampleError } from '../src/lib/scenarios';
import { vendorById, vendors } from '../src/vendors';

const CHROMIUM = '/usr/bin/chromium';
const root = fileURLToPath(new URL('..', import.meta.url));
const results = fileURLToPath(new URL('../test-results/', import.meta.url));
const outDir = `${results}e2e-dist`;

let mock: MockServer | undefined;
let server: PreviewServer | undefined;
let browser: Browser | undefined;
let page: Page;
let base: string;

const shot = (name: string) => page.screenshot({ path: `${results}${name}.png`, fullPage: true });

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  mkdirSync(results, { recursive: true });
  mock = await startMockServer();
  const shared = { root, configFile: false as const, logLevel: 'error' as const, esbuild: { jsx: 'automatic' as const, jsxImportSource: 'preact' } };
  await build({ ...shared, build: { outDir, emptyOutDir: true, target: 'es2022' } });
  server = await preview({ ...shared, build: { outDir }, preview: { host: '127.0.0.1', port: 0, proxy: { '/mock': { target: mock.url } } } });
  base = server.resolvedUrls?.local[0] ?? '';
  expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
  // No request may leave the loopback playground.
  await page.route('**/*', (route) => (route.request().url().startsWith(base) || route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    // The browser logs each non-2xx fetch; the scenarios answer those on purpose.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(m.text());
  });
  (globalThis as { problems?: string[] }).problems = problems;
  await page.goto(base);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await mock?.close();
});

describe('playground in Chromium', { timeout: 60_000 }, () => {
  it('shows every vendor and switches between them', async () => {
    await expect.poll(() => page.title()).toBe('errs playground');
    for (const v of vendors) {
      await page.getByRole('radio', { name: new RegExp(`^${v.label.replace(/[()]/g, '\\$&')}`) }).check();
      await expect.poll(() => page.getByTestId('vendor-line').textContent()).toContain(v.pkg);
      const rows = await page.locator('[data-testid=catalog-table] tbody tr').count();
      expect(rows, v.id).toBe(v.catalog.codes.length);
    }
    // keyboard: arrow keys move between the vendor radios
    await page.getByRole('radio', { name: /^OMNIA/ }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('vendor-line').textContent()).toContain('@errs/ayanova');
    await page.getByRole('radio', { name: /^OMNIA/ }).check();
    await page.getByTestId('catalog-search').fill('status:4');
    await expect.poll(() => page.getByTestId('catalog-count').textContent()).toMatch(/^\d+ of \d+ codes$/);
    await page.getByRole('button', { name: 'HTTP' }).click();
    await shot('01-catalog');
    await page.getByTestId('catalog-search').fill('');
  });

  it('decodes a pasted body and shows the code, and explains a foreign one', async () => {
    await page.getByRole('radio', { name: /^Connect/ }).check();
    const connect = vendorById('connect').catalog;
    const code = connect.codes.find((c) => !connect.get(c)!.nested && exampleError(connect, c))!;
    const { status, body } = connect.encode(exampleError(connect, code)!);
    await page.getByTestId('decoder-body').fill(JSON.stringify(body));
    await page.getByTestId('decoder-status').fill(String(status));
    await expect.poll(() => page.getByTestId('decoded-code').textContent()).toBe(code);
    await page.getByTestId('decoder-body').scrollIntoViewIfNeeded();
    await shot('02-decoder');
    await page.getByTestId('decoder-body').fill('<html><body><h1>502 Bad Gateway</h1></body></html>');
    await page.getByTestId('decoder-status').fill('502');
    await expect.poll(() => page.getByTestId('decoder-failure').textContent()).toContain('not_json');
    expect(await page.getByTestId('decoder-result').textContent()).toContain('HTTP_502');
  });

  it('encodes an error from the generated form and shows the exact body', async () => {
    await page.getByRole('radio', { name: /^Tidewater/ }).check();
    await page.getByTestId('encoder-code').selectOption('ticket_not_found');
    await page.getByTestId('param-ticketId').fill('T-42');
    const tidewater = vendors.find((v) => v.id === 'tidewater')!.catalog;
    const expected = tidewater.encode(tidewater.create('ticket_not_found', { ticketId: 'T-42' }));
    await expect.poll(() => page.getByTestId('encoded-wire').textContent()).toBe(JSON.stringify(expected.body));
    expect(await page.getByTestId('encoded-status').textContent()).toBe('404');
    expect(await page.getByTestId('encoded-curl').inputValue()).toContain('/mock/tidewater/encode');
    await page.getByTestId('param-ticketId').scrollIntoViewIfNeeded();
    await shot('03-encoder');
    // zod's message for an invalid value
    await page.getByTestId('encoder-code').selectOption('quota_exceeded');
    await page.getByTestId('param-limit').fill('ten');
    await expect.poll(() => page.getByTestId('encoder-errors').textContent()).toMatch(/limit: .*expected number/i);
    await shot('04-encoder-invalid');
  });

  it('runs a retry scenario against the mock server and draws its timeline', async () => {
    await page.getByRole('radio', { name: /^OMNIA/ }).check();
    await page.getByTestId('scenario-unavailable').click();
    await expect.poll(() => page.getByTestId('timeline-outcome').textContent(), { timeout: 20_000 }).toMatch(/succeeded after 3 attempts/);
    const attempts = await page.getByTestId('attempt').allTextContents();
    expect(attempts).toHaveLength(3);
    expect(attempts[0]).toMatch(/502/);
    expect(attempts[0]).toMatch(/retry in \d+ ms/);
    expect(attempts[2]).toMatch(/200.*success/);
    await page.getByTestId('scenario-rate-limit').click();
    await expect.poll(() => page.getByTestId('timeline-outcome').textContent(), { timeout: 20_000 }).toMatch(/succeeded after 2 attempts/);
    expect((await page.getByTestId('attempt').allTextContents())[0]).toMatch(/429.*server asked 1000 ms/);
    await page.getByTestId('timeline').scrollIntoViewIfNeeded();
    await shot('05-live-client');
    expect((globalThis as { problems?: string[] }).problems).toEqual([]);
  });
});
