import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.ts';
import { countingDb, dataOf, testApi } from '../support/graphql.ts';
import { graphCounts, leaksIn, withoutEchoes } from '../support/http-probe.ts';

// Injection: hostile strings through every string argument are only ever data.

const token = 'injection-test-token-0123456789';
const db = countingDb();
const api = testApi({ db, apiToken: token });
const auth = { authorization: `Bearer ${token}` };
const observer = testDb();
const techId = 'test-injection-tech';
let before: { nodes: number; relations: number };

/** Strings that would change a query if any of them were pasted into Cypher text. */
const attacks = [
  "x') MATCH (n) DETACH DELETE n //",
  '"}) DETACH DELETE n //',
  '`x`',
  "' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
  '*/ MATCH (n) SET n.pwned = true /*',
  '$injected',
  "x'}) CALL db.clearQueryCaches() //",
  'x\\u0027) RETURN 1 //',
];

/** Every Cypher text sent since the last reset that contains `attack`; must be none. */
const textsContaining = (attack: string) => db.texts.filter((text) => text.includes(attack));
/** True when `attack` reached Neo4j inside some parameter value. */
const sentAsParameter = (attack: string) => db.params.some((params) => JSON.stringify(params).includes(JSON.stringify(attack).slice(1, -1)));

const cleanUp = () => observer.write('MATCH (n:Entity) WHERE n.id = $techId DETACH DELETE n', { techId });

beforeAll(async () => {
  await cleanUp();
  before = await graphCounts(observer);
});
afterAll(async () => {
  await cleanUp();
  await api.close();
  await observer.close();
});

/** Each read that takes a string, as [label, query, variables for one attack]. */
const reads: Array<[string, string, (attack: string) => Record<string, unknown>]> = [
  ['search text', 'query ($s: String!) { search(text: $s) { id } }', (s) => ({ s })],
  ['technology id', 'query ($s: ID!) { technology(id: $s) { id } }', (s) => ({ s })],
  ['entity id', 'query ($s: ID!) { entity(id: $s) { id } }', (s) => ({ s })],
  ['neighborhood id', 'query ($s: ID!) { neighborhood(id: $s) { omittedTotal } }', (s) => ({ s })],
  ['paths from', 'query ($s: ID!) { paths(from: $s, to: "hdfs") { summary } }', (s) => ({ s })],
  ['paths to', 'query ($s: ID!) { paths(from: "apache-spark", to: $s) { summary } }', (s) => ({ s })],
  ['equivalents id', 'query ($s: ID!) { equivalents(id: $s) { id } }', (s) => ({ s })],
  ['equivalents vendor', 'query ($s: ID!) { equivalents(id: "aws-lambda", vendor: $s) { id } }', (s) => ({ s })],
  ['relate question', 'query ($s: String!) { relate(question: $s) { message } }', (s) => ({ s: `how does ${s} relate to hdfs` })],
  ['technologies text', 'query ($s: String) { technologies(text: $s) { edges { cursor } } }', (s) => ({ s })],
  ['technologies category', 'query ($s: ID) { technologies(category: $s) { edges { cursor } } }', (s) => ({ s })],
  ['technologies vendor', 'query ($s: ID) { technologies(vendor: $s) { edges { cursor } } }', (s) => ({ s })],
  ['technologies kind', 'query ($s: String) { technologies(kind: $s) { edges { cursor } } }', (s) => ({ s })],
  ['technologies cursor', 'query ($s: String) { technologies(after: $s) { edges { cursor } } }', (s) => ({ s: Buffer.from(s).toString('base64') })],
  ['graph categories', 'query ($s: ID!) { graph(categories: [$s]) { nodes { id } } }', (s) => ({ s })],
  ['graph vendors', 'query ($s: ID!) { graph(vendors: [$s]) { nodes { id } } }', (s) => ({ s })],
];

describe('Cypher injection through reads', () => {
  it.each(reads)('treats the %s as plain data: no error beyond a sentence, and never in Cypher text', async (_label, query, variables) => {
    for (const attack of attacks) {
      db.reset();
      const response = await api.query(query, variables(attack));
      for (const error of response.errors ?? []) expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(error.extensions?.code);
      // A NOT_FOUND sentence quotes the id it was given; only what the server adds must be clean.
      expect(leaksIn(withoutEchoes(JSON.stringify(response.errors ?? []), [attack], 1))).toEqual([]);
      expect(textsContaining(attack)).toEqual([]);
    }
  });
});

const CREATE = 'mutation ($input: TechnologyInput!) { createTechnology(input: $input) { id name aliases description license } }';
const UPDATE = 'mutation ($id: ID!, $patch: TechnologyPatch!) { updateTechnology(id: $id, patch: $patch) { name aliases description } }';
const ADD = 'mutation ($input: RelationInput!) { addRelation(input: $input) { id note source } }';
const REMOVE = 'mutation ($from: ID!, $to: ID!) { removeRelation(from: $from, type: RUNS_ON, to: $to) { deleted } }';
const DELETE = 'mutation ($id: ID!) { deleteTechnology(id: $id) { deleted } }';

describe('Cypher injection through mutations with a valid token', () => {
  it('stores every attack string as plain text in names, aliases, descriptions, notes and sources', async () => {
    const [first, ...rest] = attacks as [string, ...string[]];
    db.reset();
    const created = await api.query<{ createTechnology: Record<string, unknown> }>(
      CREATE,
      {
        input: {
          id: techId,
          name: first,
          aliases: rest,
          kind: 'tool',
          categories: ['serverless'],
          description: `A test technology whose text is hostile: ${first}`,
          firstRelease: 2024,
          license: 'MIT',
          homepage: 'https://example.com',
        },
      },
      auth,
    );
    expect(dataOf(created).createTechnology).toMatchObject({ id: techId, name: first, aliases: rest });

    for (const attack of attacks) {
      const patch = { name: attack.slice(0, 80), description: `Hostile description for the tests: ${attack}` };
      expect(dataOf(await api.query<{ updateTechnology: { name: string } }>(UPDATE, { id: techId, patch }, auth)).updateTechnology.name).toBe(patch.name);
      const note = `Runs on Kubernetes, says ${attack}`;
      const source = `${attack.padEnd(3, '.')} <https://example.com/${encodeURIComponent(attack)}>`;
      const added = await api.query<{ addRelation: { note: string; source: string } }>(
        ADD,
        { input: { from: techId, type: 'RUNS_ON', to: 'kubernetes', note, source } },
        auth,
      );
      expect(dataOf(added).addRelation).toMatchObject({ note, source });
      expect(dataOf(await api.query(REMOVE, { from: techId, to: 'kubernetes' }, auth))).toEqual({ removeRelation: { deleted: true } });
    }
    for (const attack of attacks) expect(textsContaining(attack), attack).toEqual([]);
    expect(attacks.every(sentAsParameter)).toBe(true);
  });

  it('refuses attack strings as ids, endpoints and category or vendor references without writing anything', async () => {
    const countsBefore = await graphCounts(observer);
    db.reset();
    for (const attack of attacks) {
      const asId = await api.query(
        CREATE,
        {
          input: {
            id: attack,
            name: 'x',
            kind: 'tool',
            categories: [attack],
            vendor: attack,
            description: 'Twenty characters or more here.',
            firstRelease: 2024,
            license: 'MIT',
            homepage: 'https://example.com',
          },
        },
        auth,
      );
      expect(asId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const asEndpoint = await api.query(
        ADD,
        { input: { from: attack, type: 'RUNS_ON', to: 'kubernetes', note: 'A relation to nowhere at all.', source: 'seed-notes' } },
        auth,
      );
      expect(asEndpoint.errors?.[0]?.extensions?.code).toMatch(/^(NOT_FOUND|BAD_USER_INPUT)$/);
      expect(dataOf(await api.query(REMOVE, { from: attack, to: 'kubernetes' }, auth))).toEqual({ removeRelation: { deleted: false } });
      expect(dataOf(await api.query(DELETE, { id: attack }, auth))).toEqual({ deleteTechnology: { deleted: false } });
      const patched = await api.query(UPDATE, { id: attack, patch: { vendor: attack, categories: [attack] } }, auth);
      expect(patched.errors?.[0]?.extensions?.code).toMatch(/^(NOT_FOUND|BAD_USER_INPUT)$/);
    }
    for (const attack of attacks) expect(textsContaining(attack), attack).toEqual([]);
    expect(await graphCounts(observer)).toEqual(countsBefore);
  });

  it('leaves node and relation counts as they were once the test technology is deleted', async () => {
    expect(dataOf(await api.query(DELETE, { id: techId }, auth))).toEqual({ deleteTechnology: { deleted: true } });
    expect(await graphCounts(observer)).toEqual(before);
    const [pwned] = await observer.read<{ n: number }>('MATCH (n) WHERE n.pwned IS NOT NULL RETURN count(n) AS n');
    expect(pwned?.n).toBe(0);
  });
});
