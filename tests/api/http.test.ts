import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startTestServer } from '../support/server.ts';

const token = 'http-test-token-0123456789';
let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer({ apiToken: token });
});
afterAll(() => server.close());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('GraphQL over real HTTP', () => {
  for (const audit of serverAudits({ url: () => `${server.url}/graphql` })) {
    if (!audit.name.startsWith('MUST')) continue;
    it(`passes the graphql-http audit: ${audit.name}`, async () => {
      const result = await audit.fn();
      expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    });
  }

  it('answers a paths query', async () => {
    const response = await post({ query: '{ paths(from: "spark-structured-streaming", to: "spark-streaming", maxHops: 1) { summary } }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { paths: [{ summary: 'Structured Streaming is an upgrade of Spark Streaming.' }] } });
  });

  it('answers GET queries', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ technology(id: "hdfs") { name } }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(await response.json()).toEqual({ data: { technology: { name: 'HDFS' } } });
  });

  it('runs a mutation only with the bearer token', async () => {
    const mutation = { query: 'mutation { removeRelation(from: "http-test-a", type: RUNS_ON, to: "http-test-b") { deleted } }' };
    const refused = await (await post(mutation)).json();
    expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
    const allowed = await (await post(mutation, { authorization: `Bearer ${token}` })).json();
    expect(allowed).toEqual({ data: { removeRelation: { deleted: false } } });
  });

  it('refuses batched requests, since batching is off', async () => {
    const response = await post([{ query: '{ stats { technologies } }' }, { query: '{ stats { vendors } }' }]);
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses a request body over the size limit', async () => {
    const response = await post({ query: `{ stats { technologies } } # ${'x'.repeat(120 * 1024)}` });
    expect(response.status).toBe(413);
  });
});
