import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDist } from '../../server/src/app.ts';
import { ensureWebBuilt, launchChromium, nodeCount, saveScreenshot, startWebServer, type WebServer, waitForGraph } from '../support/web.ts';

let server: WebServer | undefined;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await ensureWebBuilt();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

describe('with the API down', () => {
  it('says the API does not answer, and Retry loads the graph once the server is back', async () => {
    server = await startWebServer();
    const { url, port } = server;
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await waitForGraph(page, 30);
    await server.close();
    server = undefined;

    // The server is gone, so the page's files come from web/dist as a browser cache would serve them;
    // /graphql still goes to the network and meets a closed port.
    await page.route('**/*', async (route) => {
      const requested = new URL(route.request().url());
      if (requested.pathname.startsWith('/graphql')) return route.continue();
      const file = requested.pathname.startsWith('/assets/') ? requested.pathname : '/index.html';
      const body = await readFile(path.join(webDist, file));
      return route.fulfill({ body, contentType: types[path.extname(file)] ?? 'application/octet-stream' });
    });
    await page.reload();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The techgraph API does not answer');
    expect(await page.getByRole('heading', { name: 'The graph could not be loaded' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'api-down');

    await page.getByRole('combobox', { name: 'Search technologies' }).fill('spark');
    await page.locator('.search-note.error').waitFor();
    expect(await page.locator('.search-note.error').textContent()).toContain('does not answer');

    server = await startWebServer(port);
    await page.locator('.state.error').getByRole('button', { name: 'Retry' }).click();
    await waitForGraph(page, 30);
    expect(await nodeCount(page)).toBeGreaterThanOrEqual(30);
    await saveScreenshot(page, 'api-back');
  });

  it('keeps the drawn overview when the rest of the graph fails after it, and Retry brings the rest', async () => {
    server ??= await startWebServer();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let failWhole = true;
    // The overview is drawn from its own answer; the whole graph, asked for after it, meets a closed port.
    await page.route('**/graphql?*', (route) => {
      const query = new URL(route.request().url()).searchParams.get('query') ?? '';
      return failWhole && query.startsWith('query Graph(') ? route.abort('connectionrefused') : route.continue();
    });
    await page.goto(server.url);
    const notice = page.locator('.partial-graph-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain('Only the overview is loaded');
    expect(await notice.textContent()).toContain('does not answer');
    expect(await nodeCount(page)).toBe(40);
    expect(await page.locator('main').getAttribute('data-graph')).toBe('overview');
    expect(await page.locator('.state.error').count()).toBe(0);
    await saveScreenshot(page, 'partial-graph');

    failWhole = false;
    await notice.getByRole('button', { name: 'Retry' }).click();
    await page.waitForSelector('main[data-graph="whole"]');
    expect(await notice.count()).toBe(0);
    expect(await nodeCount(page)).toBe(40);
    await page.close();
  });
});
