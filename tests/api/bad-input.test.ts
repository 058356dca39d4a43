import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxBodyBytes } from '../../server/src/http-limits.ts';
import { testDb } from '../support/db.ts';
import { countingDb } from '../support/graphql.ts';
import { graphCounts, leaksIn, type ProbeResponse, postChunked, postGraphQL } from '../support/http-probe.ts';
import { type RunningServer, startTestServer } from '../support/server.ts';

// Bad input: every request below is refused clearly, fast, without touching Neo4j when
// validation can tell, and without leaking anything about the server.

const db = countingDb();
const observer = testDb();
let server: RunningServer;
let before: { nodes: number; relations: number };

beforeAll(async () => {
  server = await startTestServer({}, db);
  before = await graphCounts(observer);
  // Neo4j plans a statement on first use; warm the search statement so the one-second bound below
  // measures the hostile request, not the first plan of the run.
  await postGraphQL(server.url, { query: '{ search(text: "spark hdfs") { id } }' });
});
afterAll(async () => {
  await server.close();
  await observer.close();
});

/** A correctness bound, not a benchmark: a refusal that takes longer than this is doing work it should not. */
const refusalBoundMs = 1_000;

/** Fields nested two levels per relation hop; 6 hops put a query past the depth limit of 12, but under the cost limit. */
const nested = (levels: number) => `${'relations { from { '.repeat(levels)}id${' } }'.repeat(levels)}`;

interface BadInput {
  label: string;
  send: () => Promise<ProbeResponse>;
  /** The status, or 200 when the refusal is a GraphQL error in a normal response. */
  status: number;
  message: RegExp;
}

const post = (body: unknown) => postGraphQL(server.url, body);
const vars = (query: string, variables: Record<string, unknown>) => post({ query, variables });
const HOOD = 'query ($depth: Int) { neighborhood(id: "apache-spark", depth: $depth) { omittedTotal } }';
const PATHS = 'query ($maxHops: Int) { paths(from: "apache-spark", to: "hdfs", maxHops: $maxHops) { summary } }';
const rangeMessage = (name: string, min: number, max: number) =>
  new RegExp(`^${name} must be a whole number from ${min} to ${max}; change ${name} and try again\\.$`);

const validationRejects: BadInput[] = [
  { label: 'broken JSON', send: () => post('{"query": "{ stats { technologies } }"'), status: 400, message: /invalid JSON/ },
  { label: 'a body that is not JSON at all', send: () => post('query=stats'), status: 400, message: /JSON/ },
  { label: 'a GraphQL syntax error', send: () => post({ query: '{ stats { technologies ' }), status: 400, message: /^Syntax Error/ },
  { label: 'an unknown field', send: () => post({ query: '{ stats { secrets } }' }), status: 400, message: /Cannot query field "secrets"/ },
  { label: 'an unknown argument', send: () => post({ query: '{ technology(id: "hdfs", sql: "x") { id } }' }), status: 400, message: /Unknown argument "sql"/ },
  {
    label: 'a string where an Int goes',
    send: () => post({ query: '{ neighborhood(id: "hdfs", depth: "deep") { omittedTotal } }' }),
    status: 400,
    message: /Int/,
  },
  { label: 'a variable of the wrong type', send: () => vars(HOOD, { depth: 'deep' }), status: 400, message: /Int/ },
  { label: 'an Int beyond 32 bits', send: () => vars(HOOD, { depth: 2 ** 40 }), status: 400, message: /Int/ },
  { label: 'a missing required argument', send: () => post({ query: '{ technology { id } }' }), status: 400, message: /argument "id"/ },
  {
    label: 'an unknown enum value',
    send: () => post({ query: '{ neighborhood(id: "hdfs", relationTypes: [OWNS]) { omittedTotal } }' }),
    status: 400,
    message: /RelationType/,
  },
  {
    // graphql-js quotes an unknown enum value raw; the reply must not carry the control character.
    label: 'an unknown enum value holding a control character, in a variable',
    send: () => vars('query ($types: [RelationType!]) { neighborhood(id: "hdfs", relationTypes: $types) { omittedTotal } }', { types: ['\u0000X'] }),
    status: 400,
    message: /^Variable "\$types" got invalid value .*Value "\\u0000X" does not exist in "RelationType" enum\.$/,
  },
  {
    label: 'a JSON array (batching)',
    send: () => post([{ query: '{ stats { vendors } }' }, { query: '{ stats { vendors } }' }]),
    status: 400,
    message: /Batching/,
  },
  { label: 'no query at all', send: () => post({ variables: {} }), status: 400, message: /query/i },
  {
    label: 'a 1 MB search string',
    send: () => vars('query ($text: String!) { search(text: $text) { id } }', { text: 'spark '.repeat(175_000) }),
    status: 413,
    message: /larger than 100 KB/,
  },
  {
    label: 'a body over the size limit',
    send: () => post({ query: `{ stats { technologies } } # ${'x'.repeat(maxBodyBytes)}` }),
    status: 413,
    message: /larger than 100 KB/,
  },
  {
    label: 'a chunked body over the size limit, without content-length',
    send: () => postChunked(server.url, 4 * maxBodyBytes),
    status: 413,
    message: /larger than 100 KB/,
  },
  {
    label: 'a query nested past the depth limit',
    send: () => post({ query: `{ technology(id: "hdfs") { ${nested(6)} } }` }),
    status: 200,
    message: /depth limit of 12/,
  },
  {
    label: 'a too-deep query whose operation is named __schema',
    send: () => post({ query: `query __schema { technology(id: "hdfs") { ${nested(6)} } }` }),
    status: 200,
    message: /depth limit of 12/,
  },
  {
    label: 'a too-deep query hidden in a fragment named __schema',
    send: () => post({ query: `{ technology(id: "hdfs") { ...__schema } } fragment __schema on Technology { ${nested(6)} }` }),
    status: 200,
    message: /depth limit of 12/,
  },
  {
    // Introspection may go as deep as GraphiQL's own query (21 levels); graphql-js refuses the cycles.
    label: 'a cyclic introspection query',
    send: () => post({ query: `{ __schema { types { ${'fields { type { ofType { '.repeat(4)}name${' } } }'.repeat(4)} } } }` }),
    status: 400,
    message: /Maximum introspection depth exceeded/,
  },
  {
    label: '200 aliases',
    send: () => post({ query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: stats { technologies }`).join(' ')} }` }),
    status: 200,
    message: /aliases/i,
  },
  { label: 'a huge token count', send: () => post({ query: `{ stats { ${'technologies '.repeat(5_000)}} }` }), status: 400, message: /Token limit of 2000/ },
  { label: 'depth: 99', send: () => vars(HOOD, { depth: 99 }), status: 200, message: rangeMessage('depth', 1, 3) },
  { label: 'maxHops: -1', send: () => vars(PATHS, { maxHops: -1 }), status: 200, message: rangeMessage('maxHops', 1, 6) },
  { label: 'maxHops: 0', send: () => vars(PATHS, { maxHops: 0 }), status: 200, message: rangeMessage('maxHops', 1, 6) },
  { label: 'maxHops: 1000000', send: () => vars(PATHS, { maxHops: 1_000_000 }), status: 200, message: rangeMessage('maxHops', 1, 6) },
  {
    label: 'relate with maxHops: 1000000',
    send: () => post({ query: '{ relate(question: "spark vs flink", maxHops: 1000000) { message } }' }),
    status: 200,
    message: rangeMessage('maxHops', 1, 6),
  },
  {
    label: 'limitPerNode: 1000000',
    send: () => post({ query: '{ neighborhood(id: "hdfs", limitPerNode: 1000000) { omittedTotal } }' }),
    status: 200,
    message: rangeMessage('limitPerNode', 1, 100),
  },
  {
    label: 'paths first: 21',
    send: () => post({ query: '{ paths(from: "hdfs", to: "apache-spark", first: 21) { summary } }' }),
    status: 200,
    message: rangeMessage('first', 1, 20),
  },
  // A huge page size is priced by the cost limit before any resolver sees it.
  {
    label: 'paths first: 1000000',
    send: () => post({ query: '{ paths(from: "hdfs", to: "apache-spark", first: 1000000) { summary } }' }),
    status: 200,
    message: /Cost limit of 5000/,
  },
  {
    label: 'technologies first: 101',
    send: () => post({ query: '{ technologies(first: 101) { edges { cursor } } }' }),
    status: 200,
    message: /^first must be a whole number from 0 to 100/,
  },
  {
    label: 'technologies first: 1000000',
    send: () => post({ query: '{ technologies(first: 1000000) { edges { cursor } } }' }),
    status: 200,
    message: /Cost limit of 5000/,
  },
];

describe('bad input that validation rejects', () => {
  it.each(validationRejects)('refuses $label with a clear error within a second, running no Cypher', async ({ send, status, message }) => {
    db.reset();
    const response = await send();
    expect(response.ms).toBeLessThan(refusalBoundMs);
    expect(response.status).toBe(status);
    const body = JSON.parse(response.body) as { errors?: Array<{ message: string }>; data?: unknown };
    expect(body.errors?.[0]?.message).toMatch(message);
    expect(body.data ?? null).toBeNull();
    expect(leaksIn(response.body)).toEqual([]);
    expect(db.texts).toEqual([]);
  });
});

describe('bad input that reaches the database', () => {
  const search = (text: string) => vars('query ($text: String!) { search(text: $text) { id } }', { text });

  it.each([
    ['15,000 words', 'spark '.repeat(15_000)],
    ['one 90 KB word', 'x'.repeat(90_000)],
    ['30,000 short words then a name', `${'ab '.repeat(30_000)}hdfs`],
  ])('answers a search string of %s, just under the body limit, with a list within a second', async (_label, text) => {
    const response = await search(text);
    expect(response.ms).toBeLessThan(refusalBoundMs);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { search: expect.any(Array) } });
  });

  it.each([
    '*',
    '?',
    'a~ AND (',
    '\\',
    '"',
    "'",
    '"spark" OR "',
    '[',
    '[a TO',
    '{',
    '/',
    '/.*/',
    'name:spark',
    '*:*',
    'spark^99999999999',
    'spark~99',
    '&&',
    '||',
    'NOT',
    '-',
    '+',
    '\u0000',
    '😀',
  ])('answers the Lucene syntax %j with results or an empty list, never an error', async (text) => {
    const response = await search(text);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { search: expect.any(Array) } });
  });

  it('answers the same Lucene syntax through the technologies text filter and relate without an error', async () => {
    for (const text of ['a~ AND (', '\\', '"', '[', '/', '*']) {
      const filter = await vars('query ($text: String) { technologies(text: $text, first: 5) { edges { cursor } } }', { text });
      expect(JSON.parse(filter.body).errors, text).toBeUndefined();
      const relate = await vars('query ($q: String!) { relate(question: $q) { message } }', { q: `how does ${text} relate to hdfs` });
      expect(JSON.parse(relate.body).errors, text).toBeUndefined();
    }
  });

  it('leaves the graph exactly as it was after all of the above', async () => {
    expect(await graphCounts(observer)).toEqual(before);
  });
});
