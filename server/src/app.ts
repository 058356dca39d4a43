import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { type AppConfig, repoRoot } from './config.ts';
import type { Db } from './db/driver.ts';
import { isSeeded } from './db/seed-marker.ts';
import { bodyTooLargeMessage, maxBodyBytes } from './http-limits.ts';
import { LayoutService } from './layout/layout-service.ts';
import { warmFirstViewLayout } from './layout/slice-layout.ts';
import { createTechgraphYoga } from './yoga.ts';

export const webDist = path.join(repoRoot, 'web/dist');

export { maxBodyBytes };

export interface Readiness {
  ready: boolean;
  reason?: string;
}

/** Ready while Neo4j answers and the curated graph is loaded. */
export async function checkReadiness(db: Db): Promise<Readiness> {
  try {
    if (!(await isSeeded(db))) return { ready: false, reason: 'The graph is not loaded yet; it is being seeded or `npm run seed` has not run.' };
    return { ready: true };
  } catch {
    return { ready: false, reason: 'Neo4j does not answer.' };
  }
}

/** Answers every request that is not /graphql, /healthz or /readyz; `npm run dev` passes Vite's middlewares. */
export type FallbackHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface HttpServerOptions {
  /** Lay out the web app's first view in the background right away, so the first visitor finds it ready. @default true */
  warmFirstView?: boolean;
}

/** One HTTP server for everything: /graphql, /healthz, /readyz and the web app at / (web/dist, or `fallback` when given). */
export function createHttpServer(
  db: Db,
  config: Pick<AppConfig, 'apiToken' | 'corsOrigins' | 'graphiql' | 'introspection' | 'production'>,
  fallback?: FallbackHandler,
  options: HttpServerOptions = {},
): http.Server {
  const layouts = new LayoutService();
  if (options.warmFirstView ?? true) void warmFirstViewLayout(db, layouts);
  const yoga = createTechgraphYoga({
    db,
    layouts,
    ...(config.apiToken && { apiToken: config.apiToken }),
    corsOrigins: config.corsOrigins,
    graphiql: config.graphiql,
    introspection: config.introspection,
    maskErrors: true,
  });
  const serveWeb = fallback
    ? undefined
    : existsSync(webDist)
      ? sirv(webDist, { single: true, etag: true, gzip: true, immutable: config.production })
      : undefined;

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return json(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const readiness = await checkReadiness(db);
      return json(res, readiness.ready ? 200 : 503, readiness.ready ? { status: 'ready' } : { status: 'unavailable', reason: readiness.reason });
    }
    if (url.pathname.startsWith('/graphql')) {
      // A declared length is refused before reading; a chunked body is counted by yoga as it streams in.
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > maxBodyBytes) return json(res, 413, { errors: [{ message: bodyTooLargeMessage, extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
      return yoga(req, res);
    }
    if (fallback) return fallback(req, res);
    if (serveWeb) return serveWeb(req, res, () => json(res, 404, { error: 'Not found.' }));
    return json(res, 404, { error: 'The web app is not built; run `npm run build` (npm start does it for you).' });
  });
  server.on('close', () => void layouts.close());
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return server;
}
