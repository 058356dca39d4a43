import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { defaultReadCacheLimits, type ReadCacheLimits } from './read-cache.ts';
import { defaultTokenGuardLimits, maxDelayMs, type TokenGuardLimits } from './token-guard.ts';

/**
 * The checkout's root: the nearest folder above this module with a package.json. Searched rather
 * than fixed, because this module runs both as source (server/src) and bundled (server/dist).
 */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No package.json above ${from}; run techgraph from its checkout.`);
  }
}

export const repoRoot = findRepoRoot(import.meta.dirname);

/** The curated graph data that `npm start` and `npm run seed` load. */
export const curatedDataDir = path.join(repoRoot, 'graph-seed/data');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_HOME: z.string().default(path.join(repoRoot, '.neo4j')),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/i, 'must look like 1g or 512m')
    .default('1g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/i, 'must look like 1g or 512m')
    .default('1g'),
  API_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  CORS_ORIGINS: z.string().optional(),
  GRAPHIQL: z.enum(['true', 'false']).optional(),
  INTROSPECTION: z.enum(['true', 'false']).optional(),
  FRAME_ANCESTORS: z
    .string()
    .regex(
      /^\s*(?:'self'|https?:\/\/[^\s,;'"]+)(?:\s*,\s*(?:'self'|https?:\/\/[^\s,;'"]+))*\s*$/,
      "must be a comma-separated list of origins like https://example.com, or 'self'",
    )
    .optional(),
  TOKEN_SLOW_AFTER: z.coerce.number().int().min(0).default(defaultTokenGuardLimits.slowAfter),
  TOKEN_REFUSE_AFTER: z.coerce.number().int().min(1).default(defaultTokenGuardLimits.refuseAfter),
  TOKEN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(defaultTokenGuardLimits.windowSeconds),
  TOKEN_DELAY_STEP_MS: z.coerce.number().int().min(0).max(maxDelayMs).default(defaultTokenGuardLimits.delayStepMs),
  AUDIT_LOG: z.string().optional(),
  READ_CACHE_CHECK_MS: z.coerce.number().int().min(0).max(60_000).default(defaultReadCacheLimits.checkMs),
  READ_CACHE_MAX_ENTRIES: z.coerce.number().int().min(0).default(defaultReadCacheLimits.maxEntries),
  READ_CACHE_MAX_MB: z.coerce
    .number()
    .min(0)
    .default(defaultReadCacheLimits.maxBytes / 2 ** 20),
  NODE_ENV: z.string().default('development'),
});

/** Settings read from the environment; see README "Configuration". */
export interface AppConfig {
  port: number;
  host: string;
  /** An existing Neo4j to use; when absent the project runs its own under `neo4jHome`. */
  external?: { uri: string; user: string; password: string; database?: string };
  managed: { home: string; boltPort: number; heap: string; pagecache: string };
  apiToken?: string;
  corsOrigins: string[];
  graphiql: boolean;
  introspection: boolean;
  /** Origins allowed to show the app in a frame (CSP frame-ancestors); empty means none. */
  frameAncestors: string[];
  /** When wrong bearer tokens from one address are slowed and then refused. */
  tokenGuard: TokenGuardLimits;
  /** The JSON-lines file mutations are recorded in. @default <NEO4J_HOME>/audit.jsonl */
  auditLog: string;
  /** The read cache's staleness bound and size, or false when READ_CACHE_MAX_ENTRIES or READ_CACHE_MAX_MB is 0. */
  readCache: ReadCacheLimits | false;
  production: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`The environment variable ${String(issue?.path[0])} ${issue?.message}; fix it and start again.`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD)
    throw new ConfigError('NEO4J_URI is set but NEO4J_PASSWORD is not; set the password of that server, or unset NEO4J_URI to use the bundled Neo4j.');
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    ...(e.NEO4J_URI && {
      external: { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD ?? '', ...(e.NEO4J_DATABASE && { database: e.NEO4J_DATABASE }) },
    }),
    managed: { home: path.resolve(e.NEO4J_HOME), boltPort: e.NEO4J_BOLT_PORT, heap: e.NEO4J_HEAP, pagecache: e.NEO4J_PAGECACHE },
    ...(e.API_TOKEN && { apiToken: e.API_TOKEN }),
    corsOrigins: (e.CORS_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    graphiql: e.GRAPHIQL ? e.GRAPHIQL === 'true' : !production,
    introspection: e.INTROSPECTION ? e.INTROSPECTION === 'true' : !production,
    frameAncestors: (e.FRAME_ANCESTORS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    tokenGuard: {
      slowAfter: e.TOKEN_SLOW_AFTER,
      refuseAfter: e.TOKEN_REFUSE_AFTER,
      windowSeconds: e.TOKEN_WINDOW_SECONDS,
      delayStepMs: e.TOKEN_DELAY_STEP_MS,
    },
    auditLog: path.resolve(e.AUDIT_LOG ?? path.join(e.NEO4J_HOME, 'audit.jsonl')),
    readCache:
      e.READ_CACHE_MAX_ENTRIES > 0 && e.READ_CACHE_MAX_MB > 0
        ? { checkMs: e.READ_CACHE_CHECK_MS, maxEntries: e.READ_CACHE_MAX_ENTRIES, maxBytes: Math.round(e.READ_CACHE_MAX_MB * 2 ** 20) }
        : false,
    production,
  };
}
