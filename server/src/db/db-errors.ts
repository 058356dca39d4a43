import { StatementQueueTimeout } from './statement-limiter.ts';

/** Raised when Neo4j cannot be reached; the API reports it as "database unavailable". */
export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super('The graph database is unavailable right now; try again in a moment.', { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** Raised when Neo4j stopped a query at its transaction timeout or memory limit; the API asks for a smaller query. */
export class QueryLimitError extends Error {
  constructor(cause?: unknown) {
    super('The query took more time or memory than the database allows.', { cause });
    this.name = 'QueryLimitError';
  }
}

// Neo4j's answers when db.transaction.timeout, a client timeout or db.memory.transaction.max stops a query.
export const limitCodes = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

/**
 * Errors that mean "not now" without saying the database is gone: a transaction stopped while the
 * database shut down, and every pool slot busy for the whole acquisition timeout (the driver gives
 * that one no code). The caller is told to try again; the availability gate is not tripped.
 */
function isBusy(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === 'Neo.ClientError.Transaction.LockClientStopped' || (typeof message === 'string' && message.startsWith('Connection acquisition timed out'));
}

/** The error the rest of the server sees: unavailable and over-limit errors get their own classes, others pass unchanged. */
export function classify(error: unknown): unknown {
  if (isUnavailable(error) || isBusy(error) || error instanceof StatementQueueTimeout) return new DatabaseUnavailableError(error);
  const code = (error as { code?: string } | undefined)?.code;
  return code !== undefined && limitCodes.has(code) ? new QueryLimitError(error) : error;
}

const unavailableCodes = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** True for the driver's "cannot reach the server" family of errors. */
export function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code;
  return code !== undefined && unavailableCodes.has(code);
}
