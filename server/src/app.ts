import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { AuditLog } from './audit-log.ts';
import { type AppConfig, repoRoot } from './config.ts';
import type { Db } from './db/driver.ts';
import { readGraphVersion } from './db/graph-version.ts';
import { isSeeded } from './db/seed-marker.ts';
import { staticCacheHeaders } from './http-caching.ts';
import { bodyTooLargeMessage, maxBodyBytes } from './http-limits.ts';
import { LayoutService } from './layout/layout-service.ts';
import { warmFirstViewLayout } from './layout/slice-layout.ts';
import { defaultReadCacheLimits, ReadCache } from './read-cache.ts';
import { securityHeaders } from './security-headers.ts';
import { TokenGuard } from './token-guard.ts';
import { createTechgraphYoga } from './yoga.ts';

export const webDist = path.join(repoRoot, 'web/dist');

export { maxBodyBytes };

/** What a client reads once its address has sent too many wrong API tokens. */
export const tooManyWrongTokens = (seconds: number) =>
  `Too many wrong API tokens came from your address; wait ${seconds} seconds, then send the right token as "Authorization: Bearer <token>".`;

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

/** The settings the HTTP server reads; those marked optional in AppConfig's terms have safe defaults. */
export type ServerConfig = Pick<AppConfig, 'apiToken' | 'corsOrigins' | 'graphiql' | 'introspection' | 'production'> &
  Partial<Pick<AppConfig, 'frameAncestors' | 'tokenGuard' | 'auditLog' | 'readCache'>>;

/** One HTTP server for everything: /graphql, /healthz, /readyz and the web app at / (web/dist, or `fallback` when given). */
export function createHttpServer(db: Db, config: ServerConfig, fallback?: FallbackHandler, options: HttpServerOptions = {}): http.Server {
  const layouts = new LayoutService();
  if (options.warmFirstView ?? true) void warmFirstViewLayout(db, layouts);
  const cacheLimits = config.readCache ?? defaultReadCacheLimits;
  const readCache = cacheLimits ? new ReadCache(() => readGraphVersion(db), cacheLimits) : undefined;
  // This server's own writes are seen at once; other processes' within cacheLimits.checkMs.
  const stopWatchingWrites = readCache ? db.onGraphWrite(() => readCache.noteOwnWrite()) : undefined;
  const yoga = createTechgraphYoga({
    db,
    layouts,
    ...(config.apiToken && { apiToken: config.apiToken }),
    corsOrigins: config.corsOrigins,
    graphiql: config.graphiql,
    introspection: config.introspection,
    maskErrors: true,
    ...(readCache && { readCache }),
    ...(config.auditLog && { auditLog: new AuditLog(config.auditLog) }),
  });
  const tokens = new TokenGuard(config.apiToken, config.tokenGuard);
  const serveWeb = fallback
    ? undefined
    : existsSync(webDist)
      ? // The build writes .br and .gz beside each file; sirv picks the one Accept-Encoding allows.
        sirv(webDist, { single: true, etag: true, brotli: true, gzip: true, setHeaders: staticCacheHeaders })
      : undefined;

  const json = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };

  const frameAncestors = config.frameAncestors ?? [];
  const isGraphiqlPage = (req: http.IncomingMessage, pathname: string) =>
    config.graphiql &&
    (pathname === '/graphql' || pathname === '/graphql/') &&
    // Yoga's own test (shouldRenderGraphiQL), on Node's request: a Request cannot be built for every method a client may send.
    req.method === 'GET' &&
    (req.headers.accept ?? '').includes('text/html');

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // Set before any handler runs, so every response (yoga's, sirv's, Vite's, the JSON ones here) carries them.
    const headers = securityHeaders({ frameAncestors, graphiql: isGraphiqlPage(req, url.pathname), viteDev: fallback !== undefined });
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (url.pathname === '/healthz') return json(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const readiness = await checkReadiness(db);
      return json(res, readiness.ready ? 200 : 503, readiness.ready ? { status: 'ready' } : { status: 'unavailable', reason: readiness.reason });
    }
    if (url.pathname.startsWith('/graphql')) {
      // A declared length is refused before reading; a chunked body is counted by yoga as it streams in.
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > maxBodyBytes) return json(res, 413, { errors: [{ message: bodyTooLargeMessage, extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
      const verdict = tokens.check(req.socket.remoteAddress ?? '', req.headers.authorization);
      if (verdict.kind === 'refused') {
        res.setHeader('retry-after', String(verdict.retryAfterSeconds));
        return json(res, 429, { errors: [{ message: tooManyWrongTokens(verdict.retryAfterSeconds), extensions: { code: 'TOO_MANY_REQUESTS' } }] });
      }
      if (verdict.kind === 'wrong' && verdict.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, verdict.delayMs));
      return yoga(req, res);
    }
    if (fallback) return fallback(req, res);
    if (serveWeb) return serveWeb(req, res, () => json(res, 404, { error: 'Not found.' }));
    return json(res, 404, { error: 'The web app is not built; run `npm run build` (npm start does it for you).' });
  });
  server.on('close', () => {
    stopWatchingWrites?.();
    void layouts.close();
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return server;
}
