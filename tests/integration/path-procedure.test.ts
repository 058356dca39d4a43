import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curatedTypeNames, derivedTypeNames } from '../../schema/model/vocabulary.ts';
import { hasPathProcedure, usePathProcedure } from '../../server/src/db/queries/path-procedure.ts';
import type { PathRow, PathSearch } from '../../server/src/db/queries/paths.ts';
import { defaultWeights } from '../../server/src/domain/path-ranking.ts';
import { pathCandidates, pathsBetween } from '../../server/src/services/paths.ts';
import { testDb } from '../support/db.ts';

/**
 * The bundled Neo4j answers path candidates with the techgraph.pathSearch procedure; a Neo4j without
 * it uses the Cypher bidirectional search and a details statement. Both must give the same candidates,
 * in the same order, and the same details of them, so an answer never depends on where the graph is stored.
 */
const db = testDb();
afterAll(() => db.close());

/** Details rows in one order: by node sequence, each step's relations by id (the ranking reads neither order). */
const canonical = (rows: readonly PathRow[]) =>
  rows
    .map((row) => ({ ...row, steps: row.steps.map((step) => [...step].sort((a, b) => a.id.localeCompare(b.id))) }))
    .sort((a, b) =>
      a.nodes
        .map((n) => n.id)
        .join(' ')
        .localeCompare(b.nodes.map((n) => n.id).join(' ')),
    );

async function bothWays(search: PathSearch) {
  const answers: string[] = [];
  for (const procedure of [true, false]) {
    usePathProcedure(db, procedure);
    const found = await pathCandidates(db, search);
    const longer = found.shortest && (await found.longer());
    const details = canonical(await found.details([...(found.shortest ?? []), ...(longer ?? [])]));
    answers.push(JSON.stringify({ throughHubs: found.throughHubs, shortest: found.shortest, longer, details }));
  }
  usePathProcedure(db, true);
  return answers;
}

const searchOf = (ids: readonly string[]) =>
  fc
    .record({
      from: fc.constantFrom(...ids),
      to: fc.constantFrom(...ids),
      maxHops: fc.integer({ min: 1, max: 6 }),
      endTypes: fc.boolean(),
      types: fc.option(fc.subarray([...curatedTypeNames], { minLength: 1 }), { nil: undefined }),
      exclude: fc.subarray([...ids], { maxLength: 3 }),
      hubDegree: fc.option(fc.integer({ min: 3, max: 130 }), { nil: undefined }),
      count: fc.integer({ min: 1, max: 12 }),
    })
    .filter((s) => s.from !== s.to)
    .map(
      (s): PathSearch => ({
        from: s.from,
        to: s.to,
        maxHops: s.maxHops,
        types: s.types ?? curatedTypeNames,
        endTypes: s.endTypes ? derivedTypeNames : [],
        count: s.count,
        exclude: s.exclude.filter((id) => id !== s.from && id !== s.to),
        avoidHubs: s.hubDegree === undefined ? null : { kinds: defaultWeights.hubKinds, degree: s.hubDegree },
      }),
    );

describe('the path-search procedure', () => {
  it('is loaded by the bundled Neo4j', async () => {
    expect(await hasPathProcedure(db)).toBe(true);
  });

  it('gives the same candidates and details as the Cypher search on the curated graph, for any ends, types, exclusions and hub bound', async () => {
    const ids = (await db.read<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id ORDER BY id')).map((r) => r.id);
    await fc.assert(
      fc.asyncProperty(searchOf(ids), async (search) => {
        const [procedure, cypher] = await bothWays(search);
        expect(procedure).toBe(cypher);
      }),
      { numRuns: 150 },
    );
  });

  it('lists the longer paths, with their details, when asked after a first call that left them out', async () => {
    const search: PathSearch = {
      from: 'apache-spark',
      to: 'apache-hadoop',
      maxHops: 4,
      types: curatedTypeNames,
      endTypes: derivedTypeNames,
      count: 10,
      exclude: [],
      avoidHubs: { kinds: defaultWeights.hubKinds, degree: defaultWeights.hubDegree },
    };
    const eager = await pathCandidates(db, search);
    const lazy = await pathCandidates(db, search, { longer: false });
    expect(lazy.shortest).toEqual(eager.shortest);
    const longer = await eager.longer();
    expect(longer.length).toBeGreaterThan(0);
    expect(await lazy.longer()).toEqual(longer);
    expect(canonical(await lazy.details(longer))).toEqual(canonical(await eager.details(longer)));
  });

  it('gives the same ranked answers for the questions of the API', async () => {
    const pairs = [
      ['apache-spark', 'apache-hadoop'],
      ['kubeflow', 'docker'],
      ['mlflow', 'dvc'],
      ['amazon-sagemaker', 'aws'],
      ['apache-kafka', 'apache-flink'],
    ] as const;
    for (const [from, to] of pairs) {
      for (const first of [1, 3, 5]) {
        const answers: unknown[] = [];
        for (const procedure of [true, false]) {
          usePathProcedure(db, procedure);
          answers.push((await pathsBetween(db, from, to, { maxHops: 4, types: null, first })).map((p) => p.nodes.map((n) => n.id)));
        }
        usePathProcedure(db, true);
        expect(answers[0], `${from} to ${to}, first ${first}`).toEqual(answers[1]);
        expect((answers[0] as unknown[]).length).toBeGreaterThan(0);
      }
    }
  });

  describe('on a random graph with hubs, languages, parallel relations and a vendor', () => {
    const size = 120;
    const id = (i: number) => `ps-${String(i).padStart(3, '0')}`;
    const ids = Array.from({ length: size }, (_, i) => id(i));
    beforeAll(async () => {
      let state = 11;
      const random = () => {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        return state / 2 ** 31;
      };
      const types = [...curatedTypeNames];
      const relations = Array.from({ length: 360 }, () => {
        // Node 0 is a hub by degree, 1 and 2 are languages, 3 is a vendor.
        const a = random() < 0.15 ? 0 : Math.floor(random() * size);
        const b = Math.floor(random() * size);
        return { from: id(a), to: id(b), type: random() < 0.1 ? 'PROVIDED_BY' : types[Math.floor(random() * types.length)]! };
      }).filter((r) => r.from !== r.to);
      await db.write(
        `UNWIND $ids AS id
         CREATE (n:Entity {id: id, name: id, kind: CASE WHEN id IN ['ps-001', 'ps-002'] THEN 'language' ELSE 'tool' END})
         FOREACH (_ IN CASE WHEN id = 'ps-003' THEN [1] ELSE [] END | SET n:Vendor)
         FOREACH (_ IN CASE WHEN id <> 'ps-003' THEN [1] ELSE [] END | SET n:Technology)`,
        { ids },
      );
      // Relation types cannot be parameters: one statement per type.
      for (const type of new Set(relations.map((r) => r.type))) {
        await db.write(
          `UNWIND $relations AS r
           MATCH (a:Entity {id: r.from}), (b:Entity {id: r.to})
           CREATE (a)-[:${type}]->(b)`,
          { relations: relations.filter((r) => r.type === type) },
        );
      }
    });
    afterAll(() => db.write("MATCH (n:Entity) WHERE n.id STARTS WITH 'ps-' DETACH DELETE n"));

    it('gives the same candidates and details as the Cypher search', async () => {
      await fc.assert(
        fc.asyncProperty(searchOf(ids), async (search) => {
          const [procedure, cypher] = await bothWays(search);
          expect(procedure).toBe(cypher);
        }),
        { numRuns: 150 },
      );
    });
  });
});
