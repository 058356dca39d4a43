import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
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
      if (typeof params.query !== 'string') return;
      const epoch = await cache.currentEpoch();
      if (!epoch) return;
      const key = JSON.stringify([params.query, params.operationName ?? null, params.variables ?? null]);
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
