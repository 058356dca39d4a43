import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.ts';
import { countingDb } from '../support/graphql.ts';
import { graphCounts, postGraphQL, timedFetch } from '../support/http-probe.ts';
import { type RunningServer, startTestServer } from '../support/server.ts';

// Who may write: no refused request runs a single statement, whichever way it is sent.

const token = 'write-access-token-0123456789';
const observer = testDb();
const db = countingDb();
const closedDb = countingDb();
let server: RunningServer;
let closed: RunningServer;
let before: { nodes: number; relations: number };

beforeAll(async () => {
  server = await startTestServer({ apiToken: token }, db);
  closed = await startTestServer({}, closedDb);
  before = await graphCounts(observer);
});
afterAll(async () => {
  await server.close();
  await closed.close();
  await observer.close();
});

const missing = 'This mutation needs the API token; send it as "Authorization: Bearer <token>".';
const wrong = 'The API token is wrong; check the token and send it as "Authorization: Bearer <token>".';
const disabled = 'Writing is disabled on this server; set API_TOKEN to enable mutations.';

const input =
  '{ id: "test-write-access", name: "Nope", kind: "tool", categories: ["serverless"], description: "Must never be stored by any refused request.", firstRelease: 2024, license: "MIT", homepage: "https://example.com" }';

/** Ways to ask for a write in one request: plain, with nested input literals or variables, several at once, through a fragment. */
const mutations: Array<[string, { query: string; variables?: Record<string, unknown> }]> = [
  ['a delete', { query: 'mutation { deleteTechnology(id: "apache-spark") { deleted } }' }],
  ['a nested input literal', { query: `mutation { createTechnology(input: ${input}) { id } }` }],
  [
    'nested input variables',
    {
      query: 'mutation ($input: RelationInput!) { addRelation(input: $input) { id } }',
      variables: { input: { from: 'apache-spark', type: 'RUNS_ON', to: 'kubernetes', note: 'Must never be stored by anyone.', source: 'seed-notes' } },
    },
  ],
  [
    'a nested patch',
    { query: 'mutation { updateTechnology(id: "apache-spark", patch: { name: "Hacked", categories: ["serverless"], vendor: null }) { id } }' },
  ],
  [
    'several aliased mutations in one operation',
    { query: 'mutation { a: deleteTechnology(id: "hdfs") { deleted } b: removeRelation(from: "apache-spark", type: STORES_DATA_IN, to: "hdfs") { deleted } }' },
  ],
  ['a mutation inside a fragment', { query: 'mutation { ...w } fragment w on Mutation { deleteTechnology(id: "kubernetes") { deleted } }' }],
];

/** Authorization headers that must not allow writing: absent, wrong at every length, malformed. */
const refusedHeaders: Array<[string, Record<string, string>, string]> = [
  ['no token', {}, missing],
  ['an empty bearer', { authorization: 'Bearer ' }, missing],
  ['the token without "Bearer"', { authorization: token }, missing],
  ['the token as Basic auth', { authorization: `Basic ${Buffer.from(`neo4j:${token}`).toString('base64')}` }, missing],
  ['a shorter wrong token', { authorization: 'Bearer short' }, wrong],
  ['a longer wrong token', { authorization: `Bearer ${token}${token}` }, wrong],
  ['a same-length token differing in the last character', { authorization: `Bearer ${token.slice(0, -1)}X` }, wrong],
  ['a prefix of the token', { authorization: `Bearer ${token.slice(0, -1)}` }, wrong],
];

describe('mutations without the right token', () => {
  it.each(refusedHeaders)('are refused with %s, through every shape of mutation, running no Cypher', async (_label, headers, message) => {
    for (const [shape, body] of mutations) {
      db.reset();
      const response = await postGraphQL(server.url, body, headers);
      const { errors, data } = JSON.parse(response.body);
      expect(errors?.map((e: { extensions: { code: string } }) => e.extensions.code)?.[0], shape).toBe('FORBIDDEN');
      expect(errors[0].message, shape).toBe(message);
      expect(data, shape).toBeNull();
      expect(db.statements, shape).toBe(0);
    }
  });

  it('are refused on a server without API_TOKEN, even with a bearer token, running no Cypher', async () => {
    for (const [shape, body] of mutations) {
      closedDb.reset();
      const { errors } = JSON.parse((await postGraphQL(closed.url, body, { authorization: `Bearer ${token}` })).body);
      expect(errors[0], shape).toMatchObject({ message: disabled, extensions: { code: 'FORBIDDEN' } });
      expect(closedDb.statements, shape).toBe(0);
    }
  });

  it('are refused through GET with 405, with or without the token, running no Cypher', async () => {
    for (const [shape, { query, variables }] of mutations) {
      for (const headers of [{}, { authorization: `Bearer ${token}` }] as Array<Record<string, string>>) {
        db.reset();
        const params = new URLSearchParams({ query, ...(variables && { variables: JSON.stringify(variables) }) });
        const response = await timedFetch(`${server.url}/graphql?${params}`, { headers: { accept: 'application/graphql-response+json', ...headers } });
        expect(response.status, shape).toBe(405);
        expect(response.headers.get('allow'), shape).toMatch(/POST/);
        expect(db.statements, shape).toBe(0);
      }
    }
  });

  it('are refused through GET when the document names a query and a mutation and asks for the mutation', async () => {
    db.reset();
    const params = new URLSearchParams({ query: 'query q { stats { vendors } } mutation m { deleteTechnology(id: "hdfs") { deleted } }', operationName: 'm' });
    const response = await timedFetch(`${server.url}/graphql?${params}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(405);
    expect(db.statements).toBe(0);
  });

  it('are refused when posted as a form (the shape a cross-site page can send without a preflight)', async () => {
    db.reset();
    const response = await timedFetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: 'mutation { deleteTechnology(id: "hdfs") { deleted } }' }),
    });
    expect(response.body).toMatch(/FORBIDDEN|Unsupported|not supported/i);
    expect(db.statements).toBe(0);
  });

  it('have changed nothing in the graph', async () => {
    expect(await graphCounts(observer)).toEqual(before);
  });

  it('run with the right token, so the refusals above are about the token and nothing else', async () => {
    db.reset();
    const response = await postGraphQL(
      server.url,
      { query: 'mutation { removeRelation(from: "test-write-access", type: RUNS_ON, to: "hdfs") { deleted } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(JSON.parse(response.body)).toEqual({ data: { removeRelation: { deleted: false } } });
    expect(db.statements).toBeGreaterThan(0);
  });
});

describe('CORS', () => {
  const preflight = (url: string, origin: string) =>
    timedFetch(`${url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
  const get = (url: string, origin: string) => timedFetch(`${url}/graphql?query=${encodeURIComponent('{ stats { vendors } }')}`, { headers: { origin } });

  it.each([
    ['no configured origin', [] as string[]],
    ['one configured origin', ['https://allowed.example']],
    ['two configured origins', ['https://allowed.example', 'https://also.example']],
  ])('gives no access-control-allow-origin to an unlisted origin with %s', async (_label, corsOrigins) => {
    const cors = await startTestServer({ corsOrigins });
    try {
      for (const origin of ['https://evil.example', 'null', 'https://allowed.example.evil.example']) {
        expect((await get(cors.url, origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
        expect((await preflight(cors.url, origin)).headers.get('access-control-allow-origin'), origin).toBeNull();
      }
    } finally {
      await cors.close();
    }
  });

  it('gives each configured origin its own access-control-allow-origin, without credentials', async () => {
    const cors = await startTestServer({ corsOrigins: ['https://allowed.example', 'https://also.example'] });
    try {
      for (const origin of ['https://allowed.example', 'https://also.example']) {
        const response = await get(cors.url, origin);
        expect(response.headers.get('access-control-allow-origin')).toBe(origin);
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
        const options = await preflight(cors.url, origin);
        expect(options.headers.get('access-control-allow-origin')).toBe(origin);
        expect(options.headers.get('access-control-allow-methods')).toMatch(/POST/);
      }
    } finally {
      await cors.close();
    }
  });
});
