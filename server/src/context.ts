import { createHash, timingSafeEqual } from 'node:crypto';
import { tokenFingerprint } from './audit-log.ts';
import type { Db } from './db/driver.ts';
import type { LayoutService } from './layout/layout-service.ts';

/** What every resolver receives. Loaders are per request, so nothing is cached across users. */
export interface Context {
  db: Db;
  /** Server-side force layouts, shared by every request (their cache is keyed by graph content). */
  layouts: LayoutService;
  /** True only when API_TOKEN is set and the request carries it as a bearer token. */
  canWrite: boolean;
  /** Why writing is refused, for the error a refused mutation returns. */
  writeRefusal?: string;
  /** Fingerprint of the token that may write (never the token), for the audit log. */
  writer?: string;
}

export interface ContextOptions {
  db: Db;
  layouts: LayoutService;
  apiToken?: string;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compares in constant time: hashing first makes both sides the same length. */
export function tokenMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

export function createContext(options: ContextOptions, request: Request): Context {
  const header = request.headers.get('authorization') ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  const shared = { db: options.db, layouts: options.layouts };
  if (!options.apiToken) return { ...shared, canWrite: false, writeRefusal: 'Writing is disabled on this server; set API_TOKEN to enable mutations.' };
  if (!bearer) return { ...shared, canWrite: false, writeRefusal: 'This mutation needs the API token; send it as "Authorization: Bearer <token>".' };
  if (!tokenMatches(bearer, options.apiToken))
    return { ...shared, canWrite: false, writeRefusal: 'The API token is wrong; check the token and send it as "Authorization: Bearer <token>".' };
  return { ...shared, canWrite: true, writer: tokenFingerprint(bearer) };
}
