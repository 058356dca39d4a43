import http from 'node:http';
import type { Db } from '../../server/src/db/driver.ts';
import { shown } from '../../server/src/errors.ts';

export interface ProbeResponse {
  status: number;
  body: string;
  headers: Headers;
  /** Milliseconds from sending to the end of the body. */
  ms: number;
}

/** Sends one request and times it to the last byte of the answer. */
export async function timedFetch(url: string, init: RequestInit = {}): Promise<ProbeResponse> {
  const start = performance.now();
  const response = await fetch(url, init);
  const body = await response.text();
  return { status: response.status, body, headers: response.headers, ms: performance.now() - start };
}

/** POSTs a JSON body as /graphql expects it; `body` is sent as is when it is a string. */
export function postGraphQL(base: string, body: unknown, headers: Record<string, string> = {}): Promise<ProbeResponse> {
  return timedFetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/**
 * POSTs `size` bytes with chunked transfer encoding and no content-length, the way a client would
 * that streams its body, so only counting the bytes as they arrive can cap it.
 */
export function postChunked(base: string, size: number): Promise<ProbeResponse> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const request = http.request(
      `${base}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'transfer-encoding': 'chunked' } },
      (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body, headers: new Headers(response.headers as Record<string, string>), ms: performance.now() - start }),
        );
      },
    );
    // The server may answer and close while the rest is still being sent; the answer is what counts.
    request.on('error', (error) => (request.writableEnded ? undefined : reject(error)));
    request.write('{"query": "{ stats { technologies } }", "extensions": {"padding": "');
    const chunk = 'x'.repeat(8 * 1024);
    for (let sent = 0; sent < size; sent += chunk.length) request.write(chunk);
    request.end('"}}');
  });
}

/** Things no response may contain: a stack frame, a source path, Cypher, or a network address. */
export const leakPatterns: ReadonlyArray<[string, RegExp]> = [
  ['a stack frame', /\bat [\w.<>]+ \(|\bat (file:\/\/|\/)|\.[cm]?[jt]s:\d+/],
  ['a file path', /\/(work|tmp|home|usr|node_modules)\//],
  ['Cypher', /\b(MATCH|MERGE|UNWIND|DETACH DELETE|RETURN)\b|\bCALL\s*[({]/],
  ['an address', /\b\d{1,3}(\.\d{1,3}){3}(:\d+)?\b|localhost:\d+|bolt:\/\/|neo4j:\/\//],
  ['a driver error code', /Neo\.(ClientError|TransientError|DatabaseError)/],
];

/** The leak patterns a body matches, by name; empty when it is clean. */
export function leaksIn(body: string): string[] {
  return leakPatterns.filter(([, pattern]) => pattern.test(body)).map(([name]) => name);
}

/**
 * `body` (JSON text) without the input the request sent where an error quotes it back, so an echo of
 * the input is not mistaken for a leak. Errors quote input escaped and cut (`shown`), so both that
 * form and the plain one are taken out, longest input first; only inputs of `minLength` characters
 * or more, so a lone space or letter does not blank out what the leak check reads.
 */
export function withoutEchoes(body: string, inputs: readonly string[], minLength = 5): string {
  let scrubbed = body;
  for (const input of [...inputs].sort((a, b) => b.length - a.length)) {
    if (input.length < minLength) continue;
    for (const echo of [shown(input), input]) scrubbed = scrubbed.replaceAll(JSON.stringify(echo).slice(1, -1), '');
  }
  return scrubbed;
}

/** Nodes and relations in the whole graph, to show a request changed nothing. */
export async function graphCounts(db: Db): Promise<{ nodes: number; relations: number }> {
  const [row] = await db.read<{ nodes: number; relations: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relations');
  return row ?? { nodes: 0, relations: 0 };
}
