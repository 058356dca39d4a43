import { getOperationAST, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maxQueryTokens } from './http-limits.ts';
import type { Epoch, ReadCache } from './read-cache.ts';

interface Pending {
  key: string;
  epoch: Epoch;
  /** Set once execution starts on a query operation; mutations and failed validations never get it. */
  isQuery: boolean;
}

/**
 * Serves repeated read queries from `cache`. The key is the request's document text, operation name
 * and variables; nothing else of the request changes what a query answers (the API token only
 * decides whether mutations may run).
 *
 * A hit is answered before parsing and validation: the same text passed them on this server when its
 * answer was kept, under the same rules (depth, cost, introspection), so it would pass again.
 * Only query operations that finished without a single error are kept.
 */
export function useReadCache(cache: ReadCache): Plugin {
  const pending = new WeakMap<Request, Pending>();
  return {
    async onParams({ params, request, setResult }) {
      if (typeof params.query !== 'string' || !asksForQuery(params.query, params.operationName)) return;
      const key = JSON.stringify([params.query, params.operationName ?? null, params.variables ?? null]);
      // Nothing kept for this question, and a version known: no check now, so a request that then fails
      // validation runs no Cypher. Its answer is kept in the epoch known now (see ReadCache.knownEpoch).
      if (!cache.has(key) && cache.knowsVersion) {
        pending.set(request, { key, epoch: cache.knownEpoch, isQuery: false });
        return;
      }
      const epoch = await cache.currentEpoch();
      if (!epoch) return;
      const hit = cache.get(key, epoch);
      if (hit) {
        // The JSON was made once when the answer was kept; yoga uses it instead of serialising again.
        setResult({ ...hit.result, stringify: () => hit.json } as typeof hit.result);
        return;
      }
      pending.set(request, { key, epoch, isQuery: false });
    },
    onExecute({ args }) {
      const entry = pending.get((args.contextValue as { request: Request }).request);
      if (entry) entry.isQuery = getOperationAST(args.document, args.operationName)?.operation === 'query';
    },
    onExecutionResult({ request, result }) {
      const entry = pending.get(request);
      pending.delete(request);
      if (!entry?.isQuery || !result || Symbol.asyncIterator in result) return;
      cache.offer(entry.key, entry.epoch, result);
    },
  };
}

/**
 * Whether the document's chosen operation is a query. Anything else (a mutation, a document that
 * does not parse, one past the token limit) skips the cache, so it never costs a version check:
 * a refused mutation runs no Cypher at all. Yoga parses and judges the document itself afterwards.
 */
function asksForQuery(query: string, operationName: string | undefined): boolean {
  try {
    return getOperationAST(parse(query, { noLocation: true, maxTokens: maxQueryTokens }), operationName)?.operation === 'query';
  } catch {
    return false;
  }
}
