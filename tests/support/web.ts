import { mkdirSync, readdirSync, statSync } from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createHttpServer, type ServerConfig, webDist } from '../../server/src/app.ts';
import { repoRoot } from '../../server/src/config.ts';
import type { Db } from '../../server/src/db/driver.ts';
import { testDb } from './db.ts';

export const artifacts = path.join(repoRoot, 'tests/artifacts');

function newestMtime(entry: string): number {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function builtAt(): number {
  try {
    return statSync(path.join(webDist, 'index.html')).mtimeMs;
  } catch {
    return 0;
  }
}

/** Builds web/dist with Vite unless it is newer than every web source, so E2E runs test the current code. */
export async function ensureWebBuilt(): Promise<void> {
  const web = path.join(repoRoot, 'web');
  const sources = Math.max(newestMtime(path.join(web, 'src')), newestMtime(path.join(web, 'index.html')), newestMtime(path.join(web, 'vite.config.ts')));
  if (builtAt() > sources) return;
  const { build } = await import('vite');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build; web/dist
  // must be the production bundle that `npm start` serves.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(web, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}

/** Debian's Chromium, headless, with the flags this sandbox needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WebServer {
  url: string;
  port: number;
  db: Db;
  close(): Promise<void>;
}

/**
 * The real server (GraphQL + web/dist) over the suite's Neo4j on a given port (0 for any), so a
 * test can stop it and start it again where the page expects it. GraphiQL is off unless asked for.
 */
export async function startWebServer(port = 0, overrides: Partial<ServerConfig> = {}): Promise<WebServer> {
  const db = testDb();
  const server: http.Server = createHttpServer(db, { corsOrigins: [], graphiql: false, introspection: true, production: false, ...overrides });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}`,
    port: actual,
    db,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** Opens the app and waits until the graph is drawn and laid out. */
export async function openApp(page: Page, url: string, minNodes = 1): Promise<void> {
  await page.goto(url);
  await waitForGraph(page, minNodes);
}

export async function waitForGraph(page: Page, minNodes = 1): Promise<void> {
  // The whole curated graph (about 500 nodes, 2,500 relations) in a hierarchical layout takes over 30 s
  // in software rendering while the rest of the suite runs.
  await page.waitForFunction((min) => (window.cy?.nodes().length ?? 0) >= min, minNodes, { timeout: 90_000 });
  await page.waitForSelector('[data-layout-runs]', { timeout: 90_000 });
  // A first view drawn from the overview alone loads the whole graph next (first-view.ts).
  await page.waitForSelector('main[data-graph="whole"]', { timeout: 90_000 });
  // Viewport animations (centring, fitting a path) take up to 350 ms.
  await page.waitForTimeout(500);
}

/**
 * Waits until the drawing holds still: no animation running, and the same viewport and node positions
 * over 300 ms. A pointer placed on an element before then can find something else under it.
 */
export async function waitForStill(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const cy = window.cy;
      if (!cy || cy.animated()) return false;
      const w = window as { stillSince?: { at: number; now: string } };
      const now = JSON.stringify([cy.pan(), cy.zoom(), cy.nodes().map((n) => n.position())]);
      if (w.stillSince?.now !== now) {
        w.stillSince = { at: performance.now(), now };
        return false;
      }
      return performance.now() - w.stillSince.at >= 300;
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
}

/**
 * The drawn labels that are not wholly on the canvas, by node id. A label Cytoscape has no size for
 * counts as outside: fits measure labels through the same boxes.
 */
export function labelsOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.cy;
    if (!cy) return ['(no canvas)'];
    return cy
      .nodes('.labelled')
      .filter((node) => {
        const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
        return !(box.w > 0 && box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height());
      })
      .map((node) => node.id());
  });
}

export function nodeCount(page: Page): Promise<number> {
  return page.evaluate(() => window.cy?.nodes().length ?? 0);
}

/** Saves a screenshot under tests/artifacts (gitignored) for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`) });
}
