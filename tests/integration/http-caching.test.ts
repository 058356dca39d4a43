import http from 'node:http';
import zlib from 'node:zlib';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curatedTypeNames } from '../../schema/model/vocabulary.ts';
import { GraphQuery } from '../../web/src/api/graph-queries.ts';
import { ensureWebBuilt, startWebServer, type WebServer } from '../support/web.ts';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes as sent, still compressed when the server compressed them. */
  body: Buffer;
}

/** One request through node:http, which (unlike fetch) neither asks for nor undoes compression by itself. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

let app: WebServer;
let asset: string;

beforeAll(async () => {
  await ensureWebBuilt();
  app = await startWebServer();
  const index = (await raw(`${app.url}/`)).body.toString();
  asset = /src="(\/assets\/[^"]+\.js)"/.exec(index)?.[1] ?? '';
});

afterAll(async () => {
  await app?.close();
});

/** The first view's graph question, exactly as the web app sends it. */
const firstViewUrl = () =>
  `${app.url}/graphql?${new URLSearchParams({ query: print(GraphQuery), variables: JSON.stringify({ relationTypes: [...curatedTypeNames], withLayout: true }) })}`;

describe('HTTP caching', () => {
  it('lets browsers keep hashed assets for a year without asking again', async () => {
    expect(asset).toMatch(/^\/assets\/.+-[\w-]{8,}\.js$/);
    const response = await raw(`${app.url}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('makes browsers revalidate index.html, answering an unchanged one with 304', async () => {
    const first = await raw(`${app.url}/`);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag;
    expect(etag).toBeDefined();
    const again = await raw(`${app.url}/`, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
  });

  it('sends assets brotli-compressed when the browser accepts it, gzip when only that, and plain otherwise', async () => {
    const plain = await raw(`${app.url}${asset}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await raw(`${app.url}${asset}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    const gz = await raw(`${app.url}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(br.body.byteLength).toBeLessThan(plain.body.byteLength / 2);
  });

  it('compresses GraphQL answers as the client accepts, and leaves them plain for clients that do not', async () => {
    const ask = (encoding?: string) =>
      raw(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...(encoding && { 'accept-encoding': encoding }) },
        body: JSON.stringify({ query: '{ technologies(first: 50) { edges { node { id name description } } } }' }),
      });
    const plain = await ask();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString()).data.technologies.edges).toHaveLength(50);
    const br = await ask('br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(br.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    const gz = await ask('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(zlib.gunzipSync(gz.body).toString())).toEqual(JSON.parse(plain.body.toString()));
  });

  it("gives the first view's graph an ETag, so a returning browser gets a bodiless 304", async () => {
    const accept = { accept: 'application/graphql-response+json, application/json', 'accept-encoding': 'br' };
    const first = await raw(firstViewUrl(), { headers: accept });
    expect(first.status).toBe(200);
    expect(JSON.parse(zlib.brotliDecompressSync(first.body).toString()).data.graph.nodes.length).toBeGreaterThan(30);
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    const returning = await raw(firstViewUrl(), { headers: { ...accept, 'if-none-match': etag } });
    expect(returning.status).toBe(304);
    expect(returning.body.byteLength).toBe(0);
    // Any other answer gets a fresh body.
    const stale = await raw(firstViewUrl(), { headers: { ...accept, 'if-none-match': '"an-older-answer"' } });
    expect(stale.status).toBe(200);
  });
});
