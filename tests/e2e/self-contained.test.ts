import type { BrowserContext, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browser-suite.ts';
import { saveScreenshot } from '../support/web.ts';

const app = useBrowserSuite({ server: { graphiql: true } });

/**
 * A browser context that records the URL of every request its pages and their workers make. A
 * request to another host is recorded when issued, whether or not it could get through.
 */
async function recordingContext(): Promise<{ context: BrowserContext; requests: string[] }> {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return { context, requests };
}

/** Requests that went, or would have gone, to another host; data: and blob: URLs never leave the page. */
function toOtherHosts(requests: string[]): string[] {
  const own = new URL(app.server.url).host;
  return requests.filter((url) => {
    const { protocol, host } = new URL(url);
    return ['http:', 'https:', 'ws:', 'wss:'].includes(protocol) && host !== own;
  });
}

/** The text of part of GraphiQL; Monaco draws spaces as no-break spaces. */
async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\u00a0/g, ' ');
}

/** Opens GraphiQL, runs the query it opens with and returns the result pane's text. */
async function runFirstQuery(page: Page): Promise<string> {
  await page.goto(`${app.server.url}/graphql`);
  await page.getByText('query HowDoTheyRelate').waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: /Execute query/i }).click();
  const result = page.locator('.graphiql-response');
  await result.getByText('"summary"').first().waitFor({ timeout: 30_000 });
  return textOf(result);
}

describe('pages that need nothing but this server', () => {
  it('loads the explorer and GraphiQL, editor workers included, without one request to another host', async () => {
    const { context, requests } = await recordingContext();
    try {
      const page = await context.newPage();
      // Network idle comes after the graph's data and the lazily loaded chunks have arrived.
      await page.goto(app.server.url, { waitUntil: 'networkidle', timeout: 120_000 });
      await page.waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 30, undefined, { timeout: 60_000 });
      await runFirstQuery(page);
      const paths = requests.map((url) => new URL(url).pathname);
      // The recording sees the editor bundle and Monaco's workers, so a worker fetching from a CDN would show here too.
      expect(paths.some((p) => /^\/graphql\/graphiql\/\w+\/yoga-graphiql\.js$/.test(p))).toBe(true);
      expect(paths.some((p) => /^\/graphql\/graphiql\/\w+\/editor\.worker\.js$/.test(p))).toBe(true);
      expect(toOtherHosts(requests)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);

  it('opens GraphiQL with a first example that answers, and the API token header ready to fill in', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      const result = await runFirstQuery(page);
      expect(result).toContain('Apache Spark');
      expect(result).toMatch(/stores data in/i);
      expect(await textOf(page.locator('.graphiql-editor-tool'))).toContain('"Authorization": "Bearer <API_TOKEN');
      // The docs need the full introspection query, which is deeper than the API's depth limit for data.
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      const docs = page.locator('.graphiql-doc-explorer');
      await docs.locator('.graphiql-doc-explorer-root-type').first().waitFor({ timeout: 30_000 });
      expect(await textOf(docs)).toMatch(/query:\s*Query/);
      await saveScreenshot(page, 'graphiql');
    } finally {
      await page.close();
    }
  });

  it("works under the server's own policy: only this server's scripts, workers, fonts and styles, plus inline styles", async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text().slice(0, 200));
    });
    try {
      const response = await page.request.get(`${app.server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(response.headers()['content-security-policy']).toMatch(/script-src 'self';/);
      expect(await runFirstQuery(page)).toContain('Apache Spark');
      expect(refused).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
