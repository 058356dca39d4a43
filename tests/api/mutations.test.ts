import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CountingDb, countingDb, dataOf, errorOf, testApi } from '../support/graphql.ts';

const token = 'test-token-0123456789abcdef';
const db = countingDb();
const api = testApi({ db, apiToken: token });
const auth = { authorization: `Bearer ${token}` };
const prefix = 'test-api-mut-';

const cleanUp = () => db.write(`MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n`, { prefix });
const counts = async () =>
  (await db.read<{ nodes: number; relations: number }>('MATCH (n:Entity) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relations'))[0];

beforeAll(cleanUp);
afterAll(async () => {
  await cleanUp();
  await api.close();
});

const input = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Test ${id}`,
  aliases: ['Testy'],
  kind: 'tool',
  categories: ['serverless'],
  vendor: 'aws',
  description: 'A technology created by the API tests; it is deleted again when they finish.',
  firstRelease: 2024,
  license: 'MIT',
  homepage: 'https://example.com',
  ...extra,
});

const CREATE = `mutation ($input: TechnologyInput!) {
  createTechnology(input: $input) { id name origin openSource vendor { id } categories { id } relations { id type origin } }
}`;
const UPDATE = 'mutation ($id: ID!, $patch: TechnologyPatch!) { updateTechnology(id: $id, patch: $patch) { id name license vendor { id } categories { id } } }';
const DELETE = 'mutation ($id: ID!) { deleteTechnology(id: $id) { id deleted } }';
const ADD = 'mutation ($input: RelationInput!) { addRelation(input: $input) { id type fromId toId origin note } }';
const REMOVE = 'mutation ($from: ID!, $type: RelationType!, $to: ID!) { removeRelation(from: $from, type: $type, to: $to) { id deleted } }';

describe('mutations without the right token', () => {
  it.each([
    ['no token', {}, 'This mutation needs the API token; send it as "Authorization: Bearer <token>".'],
    [
      'a wrong token',
      { authorization: 'Bearer not-the-token-at-all' },
      'The API token is wrong; check the token and send it as "Authorization: Bearer <token>".',
    ],
  ])('are refused with %s, without running any Cypher', async (_label, headers, message) => {
    const before = await counts();
    (db as CountingDb).statements = 0;
    for (const [query, variables] of [
      [CREATE, { input: input(`${prefix}refused`) }],
      [UPDATE, { id: 'apache-spark', patch: { name: 'Hacked' } }],
      [DELETE, { id: 'apache-spark' }],
      [ADD, { input: { from: 'apache-spark', type: 'RUNS_ON', to: 'kubernetes', note: 'Should never be written.', source: 'seed-notes' } }],
      [REMOVE, { from: 'apache-spark', type: 'STORES_DATA_IN', to: 'hdfs' }],
    ] as const) {
      expect(errorOf(await api.query(query, variables, headers))).toEqual({ code: 'FORBIDDEN', message });
    }
    expect((db as CountingDb).statements).toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('are refused on a server without API_TOKEN', async () => {
    const closedApi = testApi();
    try {
      expect(errorOf(await closedApi.query(DELETE, { id: 'apache-spark' }, auth))).toEqual({
        code: 'FORBIDDEN',
        message: 'Writing is disabled on this server; set API_TOKEN to enable mutations.',
      });
    } finally {
      await closedApi.close();
    }
  });
});

describe('createTechnology', () => {
  it('creates a user technology with its category and vendor relations', async () => {
    const { createTechnology } = dataOf(await api.query<{ createTechnology: Record<string, unknown> }>(CREATE, { input: input(`${prefix}one`) }, auth));
    expect(createTechnology).toEqual({
      id: `${prefix}one`,
      name: `Test ${prefix}one`,
      origin: 'USER',
      openSource: true,
      vendor: { id: 'aws' },
      categories: [{ id: 'serverless' }],
      relations: expect.arrayContaining([
        { id: `${prefix}one|IN_CATEGORY|serverless`, type: 'IN_CATEGORY', origin: 'USER' },
        { id: `${prefix}one|PROVIDED_BY|aws`, type: 'PROVIDED_BY', origin: 'USER' },
      ]),
    });
    const { search } = dataOf(await api.query<{ search: Array<{ id: string }> }>('{ search(text: "test-api-mut-one") { id } }'));
    expect(search[0]?.id).toBe(`${prefix}one`);
  });

  it('answers ALREADY_EXISTS for an id that is taken, curated or not', async () => {
    expect(errorOf(await api.query(CREATE, { input: input(`${prefix}one`) }, auth))).toEqual({
      code: 'ALREADY_EXISTS',
      message: `A node with the id "${prefix}one" already exists; choose another id or update that technology.`,
    });
    expect(errorOf(await api.query(CREATE, { input: input('apache-spark') }, auth)).code).toBe('ALREADY_EXISTS');
  });

  it('creates exactly one node when fifty identical creates race, and the others hear it already exists', async () => {
    const id = `${prefix}race`;
    const responses = await Promise.all(Array.from({ length: 50 }, () => api.query(CREATE, { input: input(id) }, auth)));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors?.[0]?.extensions?.code === 'ALREADY_EXISTS')).toHaveLength(49);
    const [row] = await db.read<{ n: number; r: number }>('MATCH (t:Entity {id: $id}) RETURN count(t) AS n, COUNT { (t)--() } AS r', { id });
    expect(row).toEqual({ n: 1, r: 2 });
  });

  it.each([
    ['a short description', { description: 'Too short.' }, /description/],
    ['a http homepage', { homepage: 'http://example.com' }, /homepage: must be an https:\/\/ URL/],
    ['an id that is not a slug', { id: 'Not A Slug' }, /id: must be a slug/],
    ['an unknown kind', { kind: 'gadget' }, /kind/],
    ['no category', { categories: [] }, /categories: needs at least one category/],
  ])('refuses %s and changes nothing', async (_label, change, message) => {
    const before = await counts();
    const error = errorOf(await api.query(CREATE, { input: input(`${prefix}invalid`, change) }, auth));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/^The technology is not valid: /);
    expect(error.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown category or vendor and changes nothing', async () => {
    const before = await counts();
    expect(
      errorOf(await api.query(CREATE, { input: input(`${prefix}orphan`, { categories: ['serverless', 'no-such-category'], vendor: 'no-such-vendor' }) }, auth)),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'There is no category "no-such-category" and no vendor "no-such-vendor"; use ids from the categories and vendors queries.',
    });
    expect(await counts()).toEqual(before);
  });
});

describe('updateTechnology and deleteTechnology', () => {
  it('changes fields and rewrites the derived relations', async () => {
    const { updateTechnology } = dataOf(
      await api.query(
        UPDATE,
        { id: `${prefix}one`, patch: { name: 'Renamed', license: 'Proprietary', categories: ['serverless', 'cloud-compute'], vendor: null } },
        auth,
      ),
    );
    expect(updateTechnology).toEqual({
      id: `${prefix}one`,
      name: 'Renamed',
      license: 'Proprietary',
      vendor: null,
      categories: expect.arrayContaining([{ id: 'serverless' }, { id: 'cloud-compute' }]),
    });
    const [row] = await db.read<{ n: number }>('MATCH (:Entity {id: $id})-[r:PROVIDED_BY]->() RETURN count(r) AS n', { id: `${prefix}one` });
    expect(row?.n).toBe(0);
  });

  it('refuses an invalid patch and changes nothing', async () => {
    const error = errorOf(await api.query(UPDATE, { id: `${prefix}one`, patch: { license: 'not a licence!' } }, auth));
    expect(error.code).toBe('BAD_USER_INPUT');
    const { technology } = dataOf(await api.query<{ technology: { license: string } }>(`{ technology(id: "${prefix}one") { license } }`));
    expect(technology.license).toBe('Proprietary');
  });

  it('refuses to edit or delete curated technologies, which live in graph-seed/data', async () => {
    const message = (action: string) =>
      `Apache Spark is curated data, which is changed by editing graph-seed/data and re-seeding; the API can only ${action} technologies it created.`;
    expect(errorOf(await api.query(UPDATE, { id: 'apache-spark', patch: { name: 'Spork' } }, auth))).toEqual({ code: 'FORBIDDEN', message: message('update') });
    expect(errorOf(await api.query(DELETE, { id: 'apache-spark' }, auth))).toEqual({ code: 'FORBIDDEN', message: message('delete') });
    expect(errorOf(await api.query(DELETE, { id: 'aws' }, auth)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await api.query(UPDATE, { id: 'nope', patch: { name: 'x' } }, auth)).code).toBe('NOT_FOUND');
  });

  it('deletes a user technology with its relations, and a retried delete is harmless', async () => {
    const before = await counts();
    expect(dataOf(await api.query(DELETE, { id: `${prefix}race` }, auth))).toEqual({ deleteTechnology: { id: `${prefix}race`, deleted: true } });
    expect(await counts()).toEqual({ nodes: before!.nodes - 1, relations: before!.relations - 2 });
    expect(dataOf(await api.query(DELETE, { id: `${prefix}race` }, auth))).toEqual({ deleteTechnology: { id: `${prefix}race`, deleted: false } });
  });
});

describe('addRelation and removeRelation', () => {
  const relation = (extra: Record<string, unknown> = {}) => ({
    from: `${prefix}one`,
    type: 'RUNS_ON',
    to: 'kubernetes',
    note: 'The test technology runs its jobs on Kubernetes.',
    source: 'seed-notes',
    ...extra,
  });

  it('adds a user relation, and refuses the same one again', async () => {
    expect(dataOf(await api.query(ADD, { input: relation() }, auth))).toEqual({
      addRelation: {
        id: `${prefix}one|RUNS_ON|kubernetes`,
        type: 'RUNS_ON',
        fromId: `${prefix}one`,
        toId: 'kubernetes',
        origin: 'USER',
        note: 'The test technology runs its jobs on Kubernetes.',
      },
    });
    expect(errorOf(await api.query(ADD, { input: relation() }, auth))).toEqual({
      code: 'ALREADY_EXISTS',
      message: `${prefix}one RUNS_ON kubernetes already exists; nothing was added.`,
    });
  });

  it('treats a symmetric relation as existing in either direction', async () => {
    dataOf(await api.query(ADD, { input: relation({ type: 'ALTERNATIVE_TO', to: 'aws-lambda' }) }, auth));
    expect(errorOf(await api.query(ADD, { input: relation({ type: 'ALTERNATIVE_TO', from: 'aws-lambda', to: `${prefix}one` }) }, auth)).code).toBe(
      'ALREADY_EXISTS',
    );
    expect(dataOf(await api.query(REMOVE, { from: 'aws-lambda', type: 'ALTERNATIVE_TO', to: `${prefix}one` }, auth))).toEqual({
      removeRelation: { id: `${prefix}one|ALTERNATIVE_TO|aws-lambda`, deleted: true },
    });
  });

  it('adds exactly one relation when fifty identical adds race, and the others hear it already exists', async () => {
    const responses = await Promise.all(Array.from({ length: 50 }, () => api.query(ADD, { input: relation({ type: 'INTEGRATES_WITH', to: 'docker' }) }, auth)));
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors?.[0]?.extensions?.code === 'ALREADY_EXISTS')).toHaveLength(49);
    expect(responses.find((r) => r.errors)?.errors?.[0]?.message).toBe(
      `${prefix}one INTEGRATES_WITH docker already exists (in one direction or the other); nothing was added.`,
    );
    const [row] = await db.read<{ n: number }>('MATCH (:Entity {id: $from})-[r:INTEGRATES_WITH]-(:Entity {id: "docker"}) RETURN count(r) AS n', {
      from: `${prefix}one`,
    });
    expect(row?.n).toBe(1);
  });

  it('adds exactly one relation when fifty adds of a symmetric relation race from both ends', async () => {
    const both = Array.from({ length: 50 }, (_, i) =>
      api.query(
        ADD,
        { input: relation(i % 2 ? { type: 'ALTERNATIVE_TO', to: 'aws-lambda' } : { type: 'ALTERNATIVE_TO', from: 'aws-lambda', to: `${prefix}one` }) },
        auth,
      ),
    );
    const responses = await Promise.all(both);
    expect(responses.filter((r) => !r.errors)).toHaveLength(1);
    expect(responses.filter((r) => r.errors?.[0]?.extensions?.code === 'ALREADY_EXISTS')).toHaveLength(49);
    const [row] = await db.read<{ n: number }>('MATCH (:Entity {id: $from})-[r:ALTERNATIVE_TO]-(:Entity {id: "aws-lambda"}) RETURN count(r) AS n', {
      from: `${prefix}one`,
    });
    expect(row?.n).toBe(1);
    await api.query(REMOVE, { from: `${prefix}one`, type: 'ALTERNATIVE_TO', to: 'aws-lambda' }, auth);
  });

  it.each([
    ['a derived type', { type: 'PROVIDED_BY', to: 'aws' }, 'BAD_USER_INPUT', /updateTechnology/],
    ['a short note', { note: 'short' }, 'BAD_USER_INPUT', /^The relation is not valid: note/],
    ['a bad source', { source: 'my blog' }, 'BAD_USER_INPUT', /source/],
    ['an unknown endpoint', { to: 'no-such-thing' }, 'NOT_FOUND', /"no-such-thing"/],
    ['a loop', { to: `${prefix}one` }, 'BAD_USER_INPUT', /two different nodes/],
  ])('refuses %s and changes nothing', async (_label, change, code, message) => {
    const before = await counts();
    const error = errorOf(await api.query(ADD, { input: relation({ type: 'BUILT_ON', ...change }) }, auth));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('refuses to remove a curated relation', async () => {
    expect(errorOf(await api.query(REMOVE, { from: 'apache-spark', type: 'STORES_DATA_IN', to: 'hdfs' }, auth))).toEqual({
      code: 'FORBIDDEN',
      message:
        'apache-spark|STORES_DATA_IN|hdfs is curated data, which is changed by editing graph-seed/data and re-seeding; the API can only remove relations it added.',
    });
  });

  it('removes a user relation, and a retried removal is harmless', async () => {
    const variables = { from: `${prefix}one`, type: 'RUNS_ON', to: 'kubernetes' };
    expect(dataOf(await api.query(REMOVE, variables, auth))).toEqual({ removeRelation: { id: `${prefix}one|RUNS_ON|kubernetes`, deleted: true } });
    expect(dataOf(await api.query(REMOVE, variables, auth))).toEqual({ removeRelation: { id: `${prefix}one|RUNS_ON|kubernetes`, deleted: false } });
  });
});
