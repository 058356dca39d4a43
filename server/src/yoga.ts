import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { type AuditLog, useAuditLog } from './audit-log.ts';
import { type Context, createContext } from './context.ts';
import type { Db } from './db/driver.ts';
import { renderGraphiqlPage, useGraphiqlAssets } from './graphiql/page.ts';
import { useHttpCaching } from './http-caching.ts';
import { maxBodyBytes, maxQueryTokens } from './http-limits.ts';
import { LayoutService } from './layout/layout-service.ts';
import { maskError } from './mask-error.ts';
import { useHeavyCostLimit } from './query-cost.ts';
import type { ReadCache } from './read-cache.ts';
import { useReadCache } from './read-cache-plugin.ts';
import { schema } from './schema/index.ts';

export interface YogaOptions {
  db: Db;
  /** Bearer token that enables mutations; when absent every mutation is refused. */
  apiToken?: string;
  /** Origins allowed by CORS; same-origin requests are always allowed. @default [] */
  corsOrigins?: string[];
  /** Serve GraphiQL on GET /graphql from a browser. @default true */
  graphiql?: boolean;
  /** Answer introspection queries. @default true */
  introspection?: boolean;
  /** Server-side force layouts; a fresh service (with its own cache and worker) when omitted. */
  layouts?: LayoutService;
  /** Mask unexpected errors (no messages, stacks or Cypher in responses). @default true */
  maskErrors?: boolean;
  /** Where mutations run with the right token are recorded; none when omitted. */
  auditLog?: AuditLog;
  /** Answers to reuse for repeated read queries; every query runs against Neo4j when omitted. */
  readCache?: ReadCache;
}

/** The GraphQL handler. It never listens: server/src/app.ts mounts it, tests call `yoga.fetch`. */
export function createTechgraphYoga(options: YogaOptions): YogaServerInstance<Record<string, unknown>, Context> {
  const introspection = options.introspection ?? true;
  const graphiql = options.graphiql ?? true;
  const layouts = options.layouts ?? new LayoutService();
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: ({ request }) => createContext({ db: options.db, layouts, ...(options.apiToken && { apiToken: options.apiToken }) }, request),
    graphiql,
    // GraphiQL from this server's own files, so it works offline and under a 'self'-only script policy.
    renderGraphiQL: renderGraphiqlPage,
    landingPage: false,
    batching: false,
    // Counts the bytes as they stream in, so a chunked body without content-length is capped too.
    maxRequestBodySize: maxBodyBytes,
    maskedErrors:
      (options.maskErrors ?? true) ? { maskError, errorMessage: 'Something went wrong on the server; try again, and report it if it keeps happening.' } : false,
    cors: corsFor(options.corsOrigins ?? []),
    plugins: [
      EnvelopArmorPlugin({
        // Introspection is left to graphql-js's own MaxIntrospectionDepthRule (one of its specified
        // rules), which refuses the cyclic fields-of-types nesting that could blow up. The query
        // GraphiQL sends for its docs and autocompletion is 21 levels deep, because of its ofType chains.
        maxDepth: { n: 12, ignoreIntrospection: true },
        maxAliases: { n: 15 },
        maxDirectives: { n: 20 },
        maxTokens: { n: maxQueryTokens },
        costLimit: { maxCost: 5000 },
        blockFieldSuggestion: { enabled: true },
      }),
      useHeavyCostLimit(),
      useHttpCaching(),
      ...(introspection ? [] : [useDisableIntrospection()]),
      ...(graphiql ? [useGraphiqlAssets()] : []),
      ...(options.auditLog ? [useAuditLog(options.auditLog)] : []),
      // Last, so a kept answer is only ever one every plugin above let through.
      ...(options.readCache ? [useReadCache(options.readCache)] : []),
    ],
  });
}

/**
 * CORS headers only for a configured origin. Yoga's own list handling allows every origin when the
 * list is empty and names the one configured origin to any caller, so the check happens here.
 */
export function corsFor(allowed: readonly string[]) {
  return (request: Request) => {
    const origin = request.headers.get('origin');
    return origin !== null && allowed.includes(origin) ? { origin: [origin], credentials: false } : (false as const);
  };
}
