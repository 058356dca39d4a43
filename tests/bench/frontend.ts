import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import sirv from 'sirv';
import { build } from 'vite';
import { repoRoot } from '../../server/src/config.ts';
import type { RendererSetup } from './frontend/main.ts';
import { frontendRows } from './frontend-rows.ts';
import type { Row } from './report.ts';
import { type Summary, summarize } from './stats.ts';

/** Flags Chromium needs in these containers; GPU off, so WebGL runs on SwiftShader (software). */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface FrontendOptions {
  navigations: number;
  frames: number;
  sizes: number[];
  /** Sizes up to this many nodes also get the full fcose layout as the baseline (it takes minutes above that here). */
  fcoseUpTo: number;
  /** Longest one renderer's pan/zoom run may take; slow renderers get fewer frames. */
  maxSecondsPerRun: number;
}

export interface RendererRun {
  setup: RendererSetup;
  firstDrawMs: number;
  frames: Summary;
  fpsAtP95: number;
  /** p50 from the end of a gesture to the full redraw Cytoscape makes then (includes its 150 ms wait). */
  settleMs: number;
  options: { textureOnViewport: boolean; hideEdgesOnViewport: boolean; motionBlur: boolean; pixelRatio: number | 'auto' };
}

export type Navigation = Summary & { domContentLoaded: Summary; nodes: number; stages: Record<string, number> };

export interface FrontendResult {
  initialJs: { files: Array<{ file: string; gzipBytes: number }>; gzipKb: number; lazyGzipKb: number };
  /** The default first view (the overview). Stages are p50s (ms from navigation) of the app's performance marks: data in, elements added, layout done. */
  navigation: Navigation;
  /** The same for the whole curated graph (`?scene=all`). */
  navigationAll: Navigation;
  sizes: Array<{ nodes: number; edges: number; layout: { quality: string; ms: number }; fullLayoutMs: number | null; runs: RendererRun[] }>;
  webglRenderer: string;
}

/** The JS index.html loads up front (entry scripts and modulepreloads), gzipped; the rest of the chunks load lazily. */
async function initialJs(dist: string): Promise<FrontendResult['initialJs']> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) if (m[1]) initial.add(m[1]);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) if (m[1]) initial.add(m[1]);
  const size = async (file: string) => gzipSync(await readFile(path.join(dist, file.replace(/^\//, '')))).length;
  const files = await Promise.all([...initial].map(async (file) => ({ file, gzipBytes: await size(file) })));
  const { readdir } = await import('node:fs/promises');
  const all = (await readdir(path.join(dist, 'assets'))).filter((f) => f.endsWith('.js')).map((f) => `/assets/${f}`);
  const lazy = await Promise.all(all.filter((f) => !initial.has(f)).map(size));
  return {
    files,
    gzipKb: files.reduce((s, f) => s + f.gzipBytes, 0) / 1024,
    lazyGzipKb: lazy.reduce((s, b) => s + b, 0) / 1024,
  };
}

function serve(dir: string, graphqlPort: number | undefined): Promise<http.Server> {
  // Served as the app's server serves web/dist: its precompressed brotli and gzip copies.
  const files = sirv(dir, { single: true, dev: false, etag: true, brotli: true, gzip: true });
  const server = http.createServer((req, res) => {
    if (graphqlPort && req.url?.startsWith('/graphql')) {
      // The stack serves /graphql; this pass-through lets the app come from a temp build and never touch web/dist.
      const upstream = http.request({ host: '127.0.0.1', port: graphqlPort, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
      return;
    }
    files(req, res, () => {
      res.writeHead(404).end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const url = (server: http.Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

async function navigation(browser: Browser, appUrl: string, runs: number): Promise<Navigation> {
  const drawn: number[] = [];
  const stages = new Map<string, number[]>();
  const dcl: number[] = [];
  let nodes = 0;
  // One navigation first that is not counted, as every other item warms up: the browser's first page
  // and the server's first answers cost seconds once per process, not per visit (5-7 s here).
  for (let i = -1; i < runs; i++) {
    // A fresh context each time: no HTTP cache, no storage, as a first visit.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(appUrl);
      // The signal the end-to-end tests use (Cytoscape holds nodes and the canvas reports a finished
      // layout), then two more frames: Cytoscape draws in its own animation-frame callback, so by the
      // second frame after the signal the graph has been drawn (and painted), not only placed.
      await page.waitForFunction(
        () => {
          const w = window as unknown as { cy?: { nodes(): { length: number } }; __drawnAt?: number; __placedAt?: number };
          if (w.__placedAt === undefined && (w.cy?.nodes().length ?? 0) > 0 && document.querySelector('[data-layout-runs]')) {
            w.__placedAt = performance.now();
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                w.__drawnAt = performance.now();
              }),
            );
          }
          return w.__drawnAt !== undefined;
        },
        null,
        { polling: 'raf', timeout: 30_000 },
      );
      const timing = await page.evaluate(() => ({
        drawn: (window as unknown as { __drawnAt: number }).__drawnAt,
        // The app's own marks (load-base-graph.ts, GraphCanvas.tsx), for where the time goes. The first of
        // each name: the scene syncs again after the drawing, and that later mark is no stage of it.
        marks: Object.fromEntries(
          performance
            .getEntriesByType('mark')
            .filter((m) => m.name.startsWith('techgraph:'))
            .map((m) => [m.name.slice('techgraph:'.length), m.startTime])
            .reverse(),
        ) as Record<string, number>,
        dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? Number.NaN,
        nodes: (window as unknown as { cy: { nodes(): { length: number } } }).cy.nodes().length,
      }));
      if (i < 0) continue;
      drawn.push(timing.drawn);
      for (const [name, at] of Object.entries(timing.marks)) stages.set(name, [...(stages.get(name) ?? []), at]);
      dcl.push(timing.dcl);
      nodes = timing.nodes;
    } finally {
      await context.close();
    }
  }
  return {
    ...summarize(drawn),
    domContentLoaded: summarize(dcl),
    nodes,
    stages: Object.fromEntries([...stages].map(([name, at]) => [name, summarize(at).p50])),
  };
}

async function canvasRuns(browser: Browser, pageUrl: string, options: FrontendOptions): Promise<{ sizes: FrontendResult['sizes']; webglRenderer: string }> {
  const sizes: FrontendResult['sizes'] = [];
  let webglRenderer = '';
  for (const nodes of options.sizes) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    try {
      await page.goto(pageUrl);
      await page.waitForFunction(() => 'bench' in window);
      webglRenderer = await page.evaluate(() => window.bench.webglInfo());
      // The baseline first where it fits (the full fcose small graphs get), then the layout the app
      // runs at this size, whose positions the renderer runs use.
      let fullLayoutMs: number | null = null;
      if (nodes <= options.fcoseUpTo) fullLayoutMs = (await page.evaluate((n) => window.bench.layout(n, 'full'), nodes)).layoutMs;
      const app = await page.evaluate((n) => window.bench.layout(n, 'app'), nodes);
      // A B C C B A, figures pooled per set-up; big graphs get one run each, as their first draws
      // alone take tens of seconds on this machine.
      const once: RendererSetup[] = ['canvas-app', 'canvas-defaults', 'webgl'];
      const order = nodes <= options.fcoseUpTo ? [...once, ...[...once].reverse()] : once;
      const pooled = new Map<RendererSetup, { first: number[]; frames: number[]; settle: number[]; options?: RendererRun['options'] }>();
      for (const setup of order) {
        const run = await page.evaluate(([n, s, frames, maxMs]) => window.bench.panZoom(n, s, frames, maxMs), [
          nodes,
          setup,
          options.frames,
          (options.maxSecondsPerRun * 1000) / 2,
        ] as const);
        const pool = pooled.get(setup) ?? { first: [], frames: [], settle: [] };
        pool.first.push(run.firstDrawMs);
        pool.frames.push(...run.frameMs);
        pool.settle.push(...run.settleMs);
        pool.options = run.options;
        pooled.set(setup, pool);
      }
      const runs: RendererRun[] = [...pooled].map(([setup, pool]) => {
        const frames = summarize(pool.frames);
        return {
          setup,
          firstDrawMs: summarize(pool.first).p50,
          frames,
          fpsAtP95: 1000 / frames.p95,
          settleMs: summarize(pool.settle).p50,
          options: pool.options as RendererRun['options'],
        };
      });
      sizes.push({ nodes, edges: nodes * 3, layout: { quality: app.quality, ms: app.layoutMs }, fullLayoutMs, runs });
    } catch (error) {
      sizes.push({ nodes, edges: nodes * 3, layout: { quality: 'n/a', ms: Number.NaN }, fullLayoutMs: null, runs: [] });
      console.warn(`front end: ${nodes} nodes gave up: ${(error as Error).message.split('\n')[0]}`);
    } finally {
      await context.close();
    }
  }
  return { sizes, webglRenderer };
}

/** Item 5: builds the app and the bench page into temp folders, then measures both in headless Chromium. */
export async function measureFrontend(
  graphqlPort: number,
  options: FrontendOptions,
  log: (line: string) => void,
): Promise<{ rows: Row[]; result: FrontendResult }> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'techgraph-bench-web-'));
  const appDist = path.join(tmp, 'app');
  const pageDist = path.join(tmp, 'page');
  const servers: http.Server[] = [];
  let browser: Browser | undefined;
  try {
    log('front end: building the web app and the canvas bench page with Vite…');
    await build({ configFile: path.join(repoRoot, 'web/vite.config.ts'), logLevel: 'warn', build: { outDir: appDist, emptyOutDir: true } });
    await build({
      configFile: false,
      root: path.join(import.meta.dirname, 'frontend'),
      base: './',
      logLevel: 'warn',
      build: { outDir: pageDist, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
    });
    const js = await initialJs(appDist);
    const app = await serve(appDist, graphqlPort);
    const page = await serve(pageDist, undefined);
    servers.push(app, page);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: chromiumArgs });
    log('front end: navigation to the first drawn graph…');
    const nav = await navigation(browser, url(app), options.navigations);
    log('front end: navigation to the whole graph (scene=all)…');
    const navAll = await navigation(browser, `${url(app)}?scene=all`, options.navigations);
    log('front end: layout and pan/zoom of synthetic graphs, canvas against WebGL…');
    const { sizes, webglRenderer } = await canvasRuns(browser, url(page), options);
    const result: FrontendResult = { initialJs: js, navigation: nav, navigationAll: navAll, sizes, webglRenderer };
    return { rows: frontendRows(result), result };
  } finally {
    await browser?.close();
    for (const s of servers) s.close();
    await rm(tmp, { recursive: true, force: true });
  }
}
