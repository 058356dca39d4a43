import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tooManyWrongTokens } from '../../server/src/app.ts';
import { AuditLog, tokenFingerprint } from '../../server/src/audit-log.ts';
import { type RunningServer, startTestServer } from '../support/server.ts';

const token = 'token-guessing-test-0123456789';
/** Long enough that a slowed answer cannot be mistaken for a busy machine's ordinary one. */
const step = 5000;
let folder: string;
let auditFile: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'techgraph-audit-'));
  auditFile = path.join(folder, 'audit.jsonl');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  ms: number;
}

/** POSTs to /graphql from a chosen loopback address (127.0.0.0/8 is all loopback on Linux), so two "clients" differ by address. */
function postFrom(base: string, from: string, query: string, variables: Record<string, unknown>, authorization?: string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${base}/graphql`,
      {
        method: 'POST',
        localAddress: from,
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(authorization && { authorization }) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, retryAfter: response.headers['retry-after'], body: JSON.parse(text), ms: performance.now() - started }),
        );
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify({ query, variables }));
  });
}

const REMOVE = 'mutation ($from: ID!) { removeRelation(from: $from, type: RUNS_ON, to: "hdfs") { deleted } }';
const guesser = '127.0.0.2';
const owner = '127.0.0.3';

describe('a client guessing the API token', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({
      apiToken: token,
      tokenGuard: { slowAfter: 1, refuseAfter: 3, windowSeconds: 600, delayStepMs: step },
      auditLog: auditFile,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('is answered at once, then slowed step by step, then refused with 429 and Retry-After, while the right token from another address is never held back', async () => {
    // Plans the owner's statement first, so its timing below is not a cold start's.
    await postFrom(server.url, owner, REMOVE, { from: 'owner-warm-up' }, `Bearer ${token}`);
    const guess = (i: number) => postFrom(server.url, guesser, REMOVE, { from: `guess-${i}` }, `Bearer guess-number-${i}-xxxxxxxx`);
    const first = await guess(1);
    expect(first.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(first.ms).toBeLessThan(step);
    const second = await guess(2);
    expect(second.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(second.ms).toBeGreaterThanOrEqual(step);
    // The owner writes while the guesser is being slowed: not delayed, not refused.
    const meanwhile = postFrom(server.url, owner, REMOVE, { from: 'owner-meanwhile' }, `Bearer ${token}`);
    const third = await guess(3);
    expect(third.ms).toBeGreaterThanOrEqual(2 * step);
    const ownWrite = await meanwhile;
    expect(ownWrite.body).toEqual({ data: { removeRelation: { deleted: false } } });
    expect(ownWrite.ms).toBeLessThan(step);

    const refused = await guess(4);
    expect(refused.status).toBe(429);
    // The window began at the first guess, some slowed seconds ago.
    expect(Number(refused.retryAfter)).toBeGreaterThan(540);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(600);
    expect(refused.body.errors?.[0]?.message).toBe(tooManyWrongTokens(Number(refused.retryAfter)));
    // The right token from the refused address is refused too: a guesser learns nothing more.
    expect((await postFrom(server.url, guesser, REMOVE, { from: 'x' }, `Bearer ${token}`)).status).toBe(429);
    // Reads without a token still work from there.
    const read = await postFrom(server.url, guesser, '{ stats { vendors } }', {});
    expect(read.status).toBe(200);
    // And the owner is still not throttled.
    const after = await postFrom(server.url, owner, REMOVE, { from: 'owner-after' }, `Bearer ${token}`);
    expect(after.status).toBe(200);
    expect(after.ms).toBeLessThan(step);
  });
});

describe('the audit log', () => {
  const CREATE = 'mutation ($input: TechnologyInput!) { createTechnology(input: $input) { id } }';
  const input = {
    id: 'audit-log-probe',
    name: 'Audit Log Probe',
    kind: 'tool',
    categories: ['serverless'],
    description: 'Created by the audit log test, and deleted again by it.',
    firstRelease: 2024,
    license: 'MIT',
    homepage: 'https://example.com',
  };

  it('records each mutation by token fingerprint, never the token, and keeps earlier entries across a restart', async () => {
    const first = await startTestServer({ apiToken: token, auditLog: auditFile });
    const created = await postFrom(first.url, owner, CREATE, { input }, `Bearer ${token}`);
    expect(created.body.errors).toBeUndefined();
    // On disk before the answer left: an acknowledged write is never missing from the log.
    expect(await readFile(auditFile, 'utf8')).toContain('"mutation":"createTechnology"');
    const duplicate = await postFrom(first.url, owner, CREATE, { input }, `Bearer ${token}`);
    expect(duplicate.body.errors?.[0]?.extensions?.code).toBe('ALREADY_EXISTS');
    // Refused mutations change nothing and are not writes: they are not recorded.
    await postFrom(first.url, owner, CREATE, { input }, 'Bearer some-wrong-token-000000');
    await first.close();

    const second = await startTestServer({ apiToken: token, auditLog: auditFile });
    const deleted = await postFrom(
      second.url,
      owner,
      'mutation ($id: ID!) { gone: deleteTechnology(id: $id) { deleted } ...also } fragment also on Mutation { removeRelation(from: "hdfs", type: RUNS_ON, to: "audit-log-probe") { deleted } }',
      { id: input.id },
      `Bearer ${token}`,
    );
    expect(deleted.body.errors).toBeUndefined();
    await second.close();

    const text = await readFile(auditFile, 'utf8');
    expect(text).not.toContain(token);
    const entries = (await new AuditLog(auditFile).read()).filter((e) => e.mutation !== 'removeRelation' || e.arguments.to === 'audit-log-probe');
    const writer = tokenFingerprint(token);
    expect(entries.map(({ at: _at, ...rest }) => rest)).toEqual([
      { writer, mutation: 'createTechnology', arguments: { input }, ok: true },
      { writer, mutation: 'createTechnology', arguments: { input }, ok: false, error: 'ALREADY_EXISTS' },
      { writer, mutation: 'deleteTechnology', arguments: { id: input.id }, ok: true },
      { writer, mutation: 'removeRelation', arguments: { from: 'hdfs', type: 'RUNS_ON', to: 'audit-log-probe' }, ok: true },
    ]);
    for (const entry of entries) expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 600_000);
  });
});
