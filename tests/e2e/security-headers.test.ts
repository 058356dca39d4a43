import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cytoscapeContainerStyle } from '../../server/src/security-headers.ts';
import { ensureWebBuilt, launchChromium, nodeCount, saveScreenshot, startWebServer, type WebServer, waitForGraph } from '../support/web.ts';

let app: WebServer;
let embeddable: WebServer;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  app = await startWebServer(0, { graphiql: true });
  embeddable = await startWebServer(0, { frameAncestors: ['https://portal.example', "'self'"] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await embeddable?.close();
});

/** A page that records every console error, uncaught error and CSP violation, from before its first script runs. */
async function watchedPage(): Promise<{ page: Page; problems: string[]; violations: () => Promise<string[]> }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  return { page, problems, violations };
}

/**
 * Opens the app and waits for the whole graph. On a machine this busy the first graph query can
 * outlast Neo4j's transaction timeout; the app then offers Retry, which is pressed here, because
 * this test is about the policy, not the speed.
 */
async function openDespiteLoad(page: Page, url: string): Promise<void> {
  await page.goto(url);
  for (let attempt = 1; ; attempt++) {
    // The loser of the race is left to time out on its own, so each settles to a value, never a rejection.
    const outcome = await Promise.race([
      page
        .waitForFunction(() => (window.cy?.nodes().length ?? 0) >= 200, undefined, { timeout: 60_000 })
        .then(() => 'drawn' as const)
        .catch(() => 'timeout' as const),
      page
        .locator('.state.error')
        .waitFor({ timeout: 60_000 })
        .then(() => 'failed' as const)
        .catch(() => 'timeout' as const),
    ]);
    if (outcome === 'drawn') break;
    if (attempt === 4) throw new Error(`The graph was not drawn after ${attempt} attempts (${outcome}).`);
    if (outcome === 'failed') await page.locator('.state.error').getByRole('button', { name: 'Retry' }).click();
  }
  await waitForGraph(page, 200);
}

const cytoscapeHash = `'sha256-${createHash('sha256').update(cytoscapeContainerStyle).digest('base64')}'`;

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `));

describe('security headers', () => {
  it('are on every response: the web app, its assets, the API, the health checks, a 404 and a refused body', async () => {
    const index = await (await fetch(app.url)).text();
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(asset).toBeDefined();
    const requests: Array<[string, Promise<Response>]> = [
      ['the app', fetch(app.url)],
      ['a deep link', fetch(`${app.url}/?focus=hdfs`)],
      ['a script asset', fetch(`${app.url}${asset}`)],
      ['a query', fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ stats { vendors } }"}' })],
      ['a bad query', fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })],
      ['a body over the limit', fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(200_000) })],
      ['healthz', fetch(`${app.url}/healthz`)],
      ['readyz', fetch(`${app.url}/readyz`)],
      ['a missing asset', fetch(`${app.url}/assets/missing.js`)],
    ];
    for (const [label, request] of requests) {
      const { headers } = await request;
      const policy = headers.get('content-security-policy') ?? '';
      expect(directive(policy, 'script-src'), label).toBe("script-src 'self'");
      expect(directive(policy, 'style-src'), label).toBe(`style-src 'self' ${cytoscapeHash}`);
      expect(directive(policy, 'default-src'), label).toBe("default-src 'self'");
      expect(directive(policy, 'frame-ancestors'), label).toBe("frame-ancestors 'none'");
      expect(directive(policy, 'object-src'), label).toBe("object-src 'none'");
      expect(headers.get('x-content-type-options'), label).toBe('nosniff');
      expect(headers.get('referrer-policy'), label).toBe('no-referrer');
      expect(headers.get('x-frame-options'), label).toBe('DENY');
    }
  });

  it('let the configured origins embed the app, and then send no X-Frame-Options', async () => {
    const { headers } = await fetch(embeddable.url);
    expect(directive(headers.get('content-security-policy') ?? '', 'frame-ancestors')).toBe("frame-ancestors https://portal.example 'self'");
    expect(headers.get('x-frame-options')).toBeNull();
  });

  it('give the GraphiQL page its own allowances, and only that page', async () => {
    const page = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('GraphiQL');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(directive(policy, 'script-src')).toBe("script-src 'self'");
    // 'unsafe-inline' for the editor's styles, and no hash beside it, which would make browsers ignore it.
    expect(directive(policy, 'style-src')).toBe("style-src 'self' 'unsafe-inline'");
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    const json = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ stats { vendors } }')}`, { headers: { accept: 'application/json' } });
    const jsonPolicy = json.headers.get('content-security-policy') ?? '';
    expect(directive(jsonPolicy, 'script-src')).toBe("script-src 'self'");
    expect(directive(jsonPolicy, 'style-src')).not.toContain("'unsafe-inline'");
  });
});

describe('the app under its Content-Security-Policy', () => {
  it('draws the graph, searches and opens a panel with no console error and no violation', { timeout: 300_000 }, async () => {
    const { page, problems, violations } = await watchedPage();
    await openDespiteLoad(page, `${app.url}/?scene=all`);
    expect(await nodeCount(page)).toBeGreaterThan(200);
    await page.keyboard.press('/');
    await page.keyboard.type('spark');
    await page
      .getByRole('option', { name: /Apache Spark/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 2, name: 'Apache Spark' }).waitFor();
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'under-csp');
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('blocks a script injected into the page, which shows the policy is enforced and the watch above would see it', async () => {
    const { page, problems, violations } = await watchedPage();
    await page.goto(app.url, { waitUntil: 'load' });
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 100));
      return (window as unknown as { injectedRan?: boolean }).injectedRan ?? false;
    });
    expect(ran).toBe(false);
    expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
    expect(problems.some((p) => /Content Security Policy/.test(p))).toBe(true);
    await page.close();
  });
});
