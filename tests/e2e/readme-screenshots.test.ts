import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.ts';
import { ensureWebBuilt, launchChromium, openApp, startWebServer, type WebServer } from '../support/web.ts';

// The README's pictures are taken here, from the app as it is, so they cannot drift from it.
const screenshots = path.join(repoRoot, 'docs/screenshots');
/** A modest viewport and JPEG keep each picture readable on GitHub and small in the repository. */
const viewport = { width: 1200, height: 720 };
const maxBytes = 250 * 1024;

let server: WebServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await ensureWebBuilt();
  server = await startWebServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport, colorScheme: 'light' });
  mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function capture(name: string): Promise<number> {
  const file = path.join(screenshots, name);
  await page.screenshot({ path: file, type: 'jpeg', quality: 85 });
  return statSync(file).size;
}

describe('the README screenshots', () => {
  it('shows the explorer with Apache Spark chosen and its relations in the panel', async () => {
    await openApp(page, `${server.url}/?focus=apache-spark`, 30);
    await page.getByRole('heading', { level: 2, name: 'Apache Spark' }).waitFor();
    expect(await page.locator('.relation-group').count()).toBeGreaterThan(2);
    // The legend starts folded; open, it would cover the middle of the graph at this width.
    await page.locator('details.legend:not([open])').waitFor();
    expect(await capture('explorer.jpg')).toBeLessThan(maxBytes);
  }, 120_000);

  it('shows the answer to "how does PyTorch reach Kubernetes" as a highlighted path with its sentence', async () => {
    await openApp(page, `${server.url}/?from=pytorch&to=kubernetes`, 30);
    await page.waitForFunction(() => (window.cy?.nodes('.path').length ?? 0) > 2);
    await page.waitForTimeout(600);
    expect(await page.locator('.path-results .summary').textContent()).toMatch(/PyTorch .* Kubernetes/);
    expect(await capture('path-answer.jpg')).toBeLessThan(maxBytes);
  }, 120_000);
});
