import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Smaller answers gain less from compression than it costs in time. */
export const minCompressBytes = 1_024;

/** What static files and GraphQL answers tell browsers about keeping them. */
export const cacheControl = {
  /** Vite names every file under assets/ by a hash of its content, so a name never gets other content. */
  hashedAsset: 'public, max-age=31536000, immutable',
  /** Kept, but asked about (with its ETag) before every use, so a new deploy or a graph change shows at once. */
  revalidate: 'no-cache',
} as const;

/** Cache-Control for a file of the built web app, by its URL path (sirv's setHeaders). */
export function staticCacheHeaders(res: { setHeader(name: string, value: string): unknown }, pathname: string): void {
  res.setHeader('cache-control', pathname.startsWith('/assets/') ? cacheControl.hashedAsset : cacheControl.revalidate);
}

export type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts, brotli first; undefined for none (or q=0 on both). */
export function pickEncoding(acceptEncoding: string | null | undefined): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allows = (name: Encoding) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return undefined;
}

/** A strong ETag from the body's bytes: equal bodies, equal tags, on every server. */
export const etagOf = (body: Uint8Array | string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** True when an If-None-Match header names `etag` (or is `*`). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** Brotli at quality 5: close to its best size on JSON for a fraction of the time of its default 11. */
export function compress(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
    : gzip(body, { level: 6 });
}

/**
 * HTTP caching for GraphQL answers. A successful GET (which only queries may use) gets an ETag and
 * `no-cache`, so a browser keeps it and next time asks with If-None-Match: an unchanged answer is
 * then a bodiless 304. Answers above `minCompressBytes` are compressed as the client accepts.
 * Compressed bodies are kept by ETag, so the read cache's repeated answers are compressed once.
 */
export function useHttpCaching(): Plugin {
  const compressed = new LRUCache<string, Uint8Array<ArrayBuffer>>({ max: 500, maxSize: 16 * 2 ** 20, sizeCalculation: (b) => Math.max(1, b.byteLength) });
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      const type = response.headers.get('content-type') ?? '';
      // Streams (SSE, multipart) stay streams; already encoded or empty bodies stay as they are.
      if (!response.body || response.headers.has('content-encoding') || !/json|text\/html/.test(type)) return;
      const conditional = request.method === 'GET' && response.status === 200 && type.includes('json');
      const accepted = pickEncoding(request.headers.get('accept-encoding'));
      // Nothing to do: leave the body unread, which is what most API clients (and the load bench) get.
      if (!conditional && !accepted) return;
      const body = new Uint8Array(await response.arrayBuffer());
      const headers = new fetchAPI.Headers(response.headers);
      const etag = etagOf(body);
      if (conditional) {
        headers.set('etag', etag);
        headers.set('cache-control', cacheControl.revalidate);
        if (matchesEtag(request.headers.get('if-none-match'), etag)) {
          headers.delete('content-type');
          headers.delete('content-length');
          return setResponse(new fetchAPI.Response(null, { status: 304, headers }));
        }
      }
      const encoding = body.byteLength >= minCompressBytes ? accepted : undefined;
      headers.append('vary', 'Accept-Encoding');
      if (!encoding) return setResponse(new fetchAPI.Response(body, { status: response.status, statusText: response.statusText, headers }));
      const memoKey = `${encoding}:${etag}`;
      let packed = compressed.get(memoKey);
      if (!packed) {
        const buffer = await compress(body, encoding);
        packed = new Uint8Array(buffer.byteLength);
        packed.set(buffer);
        compressed.set(memoKey, packed);
      }
      headers.set('content-encoding', encoding);
      headers.set('content-length', String(packed.byteLength));
      setResponse(new fetchAPI.Response(packed, { status: response.status, statusText: response.statusText, headers }));
    },
  };
}
