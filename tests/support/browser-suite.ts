import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ServerConfig } from '../../server/src/app.ts';
import { warmUp } from './scene.ts';
import { ensureWebBuilt, launchChromium, startWebServer, type WebServer } from './web.ts';

export interface BrowserSuiteOptions {
  /** Server settings over the test defaults (GraphiQL off, no CORS origins). */
  server?: Partial<ServerConfig>;
  /** Ask for the first view's data until a cold database answers it, before the first test. @default false */
  warmUp?: boolean;
}

export interface BrowserSuite {
  readonly server: WebServer;
  readonly browser: Browser;
  /** Runs `run` on a fresh page and closes the page afterwards, whatever happens. */
  withPage<T>(options: BrowserContextOptions, run: (page: Page) => Promise<T>): Promise<T>;
}

/**
 * The setup every browser test file shares, as hooks of the calling file: the current web app built,
 * the real server on the suite's Neo4j, and one headless Chromium, closed again after the file.
 */
export function useBrowserSuite(options: BrowserSuiteOptions = {}): BrowserSuite {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startWebServer(0, options.server);
    browser = await launchChromium();
    if (options.warmUp) await warmUp(server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} is not started yet: use it inside a test or a hook, not at the top of the file.`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'server');
    },
    get browser() {
      return ready(browser, 'browser');
    },
    async withPage(pageOptions, run) {
      const page = await ready(browser, 'browser').newPage(pageOptions);
      try {
        return await run(page);
      } finally {
        await page.close();
      }
    },
  };
}
