import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { seed, seedIfChanged } from '../../graph-seed/src/seed.ts';
import { defaultDataDir, loadSeedData, SeedDataError } from '../../graph-seed/src/validate.ts';
import type { Db } from '../../server/src/db/driver.ts';
import { entitiesByNameKeys } from '../../server/src/db/queries/search.ts';
import { searchGraph } from '../../server/src/services/search.ts';
import { reseed, testDb } from '../support/db.ts';

/** Every node and relation with all its properties, in a stable order, to compare whole graphs. */
async function snapshot(db: Db) {
  const nodes = await db.read<{ n: Record<string, unknown>; labels: string[] }>(
    'MATCH (n:Entity) RETURN properties(n) AS n, labels(n) AS labels ORDER BY n.id',
  );
  const relations = await db.read<{ r: Record<string, unknown>; type: string; from: string; to: string }>(
    'MATCH (a:Entity)-[r]->(b:Entity) RETURN properties(r) AS r, type(r) AS type, a.id AS from, b.id AS to ORDER BY from, type, to',
  );
  return { nodes, relations };
}

interface Rel {
  from: string;
  type: string;
  to: string;
}
interface Doc {
  technologies?: Array<{ id: string; description: string }>;
  relations?: Array<Rel & { note: string; source: string }>;
}

/** Edits every data file in `dir` as a person would: parse, change, write back. */
async function editEachFile(dir: string, edit: (doc: Doc, name: string) => void): Promise<void> {
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    const doc = (parse(await readFile(file, 'utf8')) ?? {}) as Doc;
    edit(doc, name);
    await writeFile(file, stringify(doc));
  }
}

async function relationsBetween(db: Db, from: string, to: string) {
  return db.read<{ type: string; note: string; source: string }>(
    'MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) RETURN type(r) AS type, r.note AS note, r.source AS source ORDER BY type',
    { from, to },
  );
}

describe('the seed loader on a real Neo4j', () => {
  let db: Db;
  let scratch: string;

  async function copyData(name: string): Promise<string> {
    const dir = path.join(scratch, name);
    await cp(defaultDataDir, dir, { recursive: true });
    return dir;
  }

  beforeAll(async () => {
    db = testDb();
    scratch = await mkdtemp(path.join(os.tmpdir(), 'techgraph-seed-'));
    await reseed(db);
  });

  afterAll(async () => {
    await reseed(db);
    await db.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot(db);
    const report = await seed(db);
    expect(report).toMatchObject({ nodesWritten: 0, relationsWritten: 0, nodesRemoved: 0, relationsRemoved: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('holds exactly the nodes and relations of the data, derived ones included', async () => {
    const data = await loadSeedData();
    const { nodes, relations } = await snapshot(db);
    expect(nodes).toHaveLength(data.technologies.length + data.vendors.length + data.categories.length);
    const derived = data.technologies.reduce((sum, t) => sum + t.categories.length + (t.vendor ? 1 : 0), 0);
    expect(relations).toHaveLength(data.relations.length + derived);
  });

  it('applies an edit and a removal, and nothing else', async () => {
    const dir = await copyData('edited');
    const description = 'Dask scales Python code from a laptop to a cluster; this sentence was edited by a test.';
    const isDaskSpark = (r: Rel) => r.type === 'ALTERNATIVE_TO' && [r.from, r.to].sort().join() === 'apache-spark,dask';
    await editEachFile(dir, (doc) => {
      for (const t of doc.technologies ?? []) if (t.id === 'dask') t.description = description;
      doc.relations = (doc.relations ?? []).filter((r) => !isDaskSpark(r));
    });

    const before = await snapshot(db);
    const report = await seed(db, dir);
    expect(report).toMatchObject({ nodesWritten: 1, relationsWritten: 0, nodesRemoved: 0, relationsRemoved: 1 });
    const after = await snapshot(db);
    expect(after.nodes.find((n) => n.n.id === 'dask')?.n.description).toBe(description);
    expect(after.relations).toHaveLength(before.relations.length - 1);
    expect(await db.read("MATCH (:Entity {id: 'dask'})-[r:ALTERNATIVE_TO]-(:Entity {id: 'apache-spark'}) RETURN r")).toEqual([]);

    await reseed(db);
    expect(await snapshot(db)).toEqual(before);
  });

  it('removes a technology taken out of the data, with its relations', async () => {
    const dir = await copyData('removed');
    // Take Zeppelin out of every file, with the relations that name it, as an editor would.
    await editEachFile(dir, (doc) => {
      doc.technologies = (doc.technologies ?? []).filter((t) => t.id !== 'apache-zeppelin');
      doc.relations = (doc.relations ?? []).filter((r) => r.from !== 'apache-zeppelin' && r.to !== 'apache-zeppelin');
    });
    const report = await seed(db, dir);
    expect(report.nodesRemoved).toBe(1);
    expect(await db.read("MATCH (n:Entity {id: 'apache-zeppelin'}) RETURN n")).toEqual([]);
    await reseed(db);
    expect(await db.read("MATCH (n:Entity {id: 'apache-zeppelin'}) RETURN n.id AS id")).toEqual([{ id: 'apache-zeppelin' }]);
  });

  it('refuses to remove a technology that a relation created through the API uses, and writes nothing', async () => {
    await db.write(
      `MATCH (z:Entity {id: 'apache-zeppelin'}), (hdfs:Entity {id: 'hdfs'})
       CREATE (z)-[:STORES_DATA_IN {key: 'apache-zeppelin|STORES_DATA_IN|hdfs', note: 'A user relation.', source: 'test', origin: 'user'}]->(hdfs)`,
    );
    try {
      const dir = await copyData('stranded');
      await editEachFile(dir, (doc) => {
        doc.technologies = (doc.technologies ?? []).filter((t) => t.id !== 'apache-zeppelin');
        doc.relations = (doc.relations ?? []).filter((r) => r.from !== 'apache-zeppelin' && r.to !== 'apache-zeppelin');
      });
      const before = await snapshot(db);
      const refused = await seed(db, dir).catch((error: Error) => error);
      expect(refused).toBeInstanceOf(SeedDataError);
      expect((refused as Error).message).toContain('nothing was written');
      expect((refused as Error).message).toMatch(
        /apache-zeppelin › removed: the relation apache-zeppelin\|STORES_DATA_IN\|hdfs created through the API uses it.*npm run export-edits/,
      );
      expect(await snapshot(db)).toEqual(before);
    } finally {
      await db.write("MATCH (:Entity {id: 'apache-zeppelin'})-[r:STORES_DATA_IN {origin: 'user'}]->() DELETE r");
    }
  });

  it('never deletes what users created through the API', async () => {
    await db.write(
      `MATCH (spark:Entity {id: 'apache-spark'})
       CREATE (u:Entity:Technology {id: 'test-user-made', name: 'User made', kind: 'tool', description: 'Made by a user in a test.', aliases: [], aliasText: '', origin: 'user'})
       CREATE (u)-[:INTEGRATES_WITH {key: 'test-user-made|INTEGRATES_WITH|apache-spark', note: 'A test relation.', source: 'test', origin: 'user'}]->(spark)`,
    );
    await seed(db);
    const rows = await db.read<{ id: string; type: string }>("MATCH (u:Entity {id: 'test-user-made'})-[r]->() RETURN u.id AS id, type(r) AS type");
    expect(rows).toEqual([{ id: 'test-user-made', type: 'INTEGRATES_WITH' }]);
    await db.write("MATCH (u:Entity {id: 'test-user-made'}) DETACH DELETE u");
  });

  it('gives nodes written before exact-name keys existed their keys, so search finds them by name and alias', async () => {
    // As a version before `nameKeys` left a user's node: no keys, so the exact-name index misses it.
    await db.write(
      `CREATE (:Entity:Technology {id: 'legacy-node', name: 'Legacy Thing', aliases: ['LT-9 Engine'], aliasText: 'LT-9 Engine',
        kind: 'tool', description: 'A node from before.', origin: 'user', openSource: true, remarks: []})`,
    );
    try {
      const exactIds = async () => (await entitiesByNameKeys(db, ['legacything', 'lt9engine'])).map((e) => e.id);
      expect(await exactIds()).toEqual([]);
      await seedIfChanged(db, () => {});
      expect(await exactIds()).toEqual(['legacy-node']);
      const [hit] = await searchGraph(db, 'LT 9 engine', 5);
      expect(hit?.entity.id).toBe('legacy-node');
    } finally {
      await db.write("MATCH (n:Entity {id: 'legacy-node'}) DETACH DELETE n");
    }
  });

  it('refuses bad data before writing anything and leaves the graph as it was', async () => {
    const dir = await copyData('bad');
    await editEachFile(dir, (doc, name) => {
      if (name !== 'big-data.yaml') return;
      if (doc.technologies?.[0]) doc.technologies[0].description = 'Changed, but this file also has a bad relation, so nothing may be written.';
      doc.relations = [
        ...(doc.relations ?? []),
        { from: 'apache-spark', type: 'RUNS_ON', to: 'no-such-thing', note: 'A dangling relation for the test.', source: 'seed-notes' },
      ];
    });
    const before = await snapshot(db);
    const error = await seed(db, dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedDataError);
    expect((error as Error).message).toContain('big-data.yaml › relations[');
    expect(await snapshot(db)).toEqual(before);
  });

  it('gives the same graph when two seeds run at once', async () => {
    const before = await snapshot(db);
    await db.write('MATCH (n:Entity) DETACH DELETE n');
    await Promise.all([seed(db), seed(db)]);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('the facts from the seed notes', () => {
  let db: Db;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(() => db.close());

  const facts: Array<[string, string, string]> = [
    ['apache-spark', 'UPGRADE_OF', 'hadoop-mapreduce'],
    ['apache-spark', 'RUNS_ON', 'hadoop-yarn'],
    ['apache-spark', 'STORES_DATA_IN', 'hdfs'],
    ['hdfs', 'PART_OF', 'apache-hadoop'],
    ['hadoop-mapreduce', 'PART_OF', 'apache-hadoop'],
    ['hadoop-yarn', 'PART_OF', 'apache-hadoop'],
    ['spark-sql', 'PART_OF', 'apache-spark'],
    ['spark-streaming', 'PART_OF', 'apache-spark'],
    ['spark-structured-streaming', 'PART_OF', 'apache-spark'],
    ['spark-mllib', 'PART_OF', 'apache-spark'],
    ['spark-graphx', 'PART_OF', 'apache-spark'],
    ['spark-structured-streaming', 'UPGRADE_OF', 'spark-streaming'],
    ['kubeflow', 'RUNS_ON', 'kubernetes'],
    ['apache-spark', 'OFFERS_API_IN', 'java'],
    ['apache-spark', 'OFFERS_API_IN', 'scala'],
    ['apache-spark', 'OFFERS_API_IN', 'python'],
    ['apache-spark', 'OFFERS_API_IN', 'r'],
    ['aws-lambda', 'PROVIDED_BY', 'aws'],
    ['bigquery', 'PROVIDED_BY', 'google-cloud'],
  ];
  it.each(facts)('has %s %s %s in that direction', async (from, type, to) => {
    expect((await relationsBetween(db, from, to)).map((r) => r.type)).toContain(type);
    expect((await relationsBetween(db, to, from)).map((r) => r.type)).not.toContain(type);
  });

  const alternatives: Array<[string, string]> = [
    ['aws-lambda', 'google-cloud-functions'],
    ['amazon-athena', 'bigquery'],
    ['amazon-ec2', 'google-compute-engine'],
    ['flask', 'fastapi'],
    ['dask', 'apache-spark'],
  ];
  it.each(alternatives)('has %s ALTERNATIVE_TO %s, stored once', async (a, b) => {
    const rows = await db.read('MATCH (:Entity {id: $a})-[r:ALTERNATIVE_TO]-(:Entity {id: $b}) RETURN r', { a, b });
    expect(rows).toHaveLength(1);
  });

  it('records that Spark has no file system of its own in the note on its HDFS relation', async () => {
    const [row] = (await relationsBetween(db, 'apache-spark', 'hdfs')).filter((r) => r.type === 'STORES_DATA_IN');
    expect(row?.note).toMatch(/file system/i);
  });

  it('gives every relation a note and a source', async () => {
    const [row] = await db.read<{ missing: number; total: number }>(
      "MATCH (:Entity)-[r]->(:Entity) RETURN count(CASE WHEN coalesce(r.note, '') = '' OR coalesce(r.source, '') = '' THEN 1 END) AS missing, count(r) AS total",
    );
    expect(row?.total).toBeGreaterThan(600);
    expect(row?.missing).toBe(0);
  });

  it('corrects the notes where they are wrong and keeps their claim as a remark', async () => {
    const [hadoop] = await db.read<{ firstRelease: number; remarks: string[] }>(
      "MATCH (n:Technology {id: 'apache-hadoop'}) RETURN n.firstRelease AS firstRelease, n.remarks AS remarks",
    );
    expect(hadoop?.firstRelease).toBe(2006);
    expect(hadoop?.remarks.map((r) => JSON.parse(r).claim).join(' ')).toMatch(/2011/);
  });

  it('covers the field with at least 200 technologies and 600 curated relations', async () => {
    const [row] = await db.read<{ technologies: number; curated: number }>(
      "CALL () { MATCH (t:Technology) RETURN count(t) AS technologies } CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE r.origin = 'curated' AND NOT type(r) IN ['PROVIDED_BY', 'IN_CATEGORY'] RETURN count(r) AS curated } RETURN technologies, curated",
    );
    expect(row?.technologies).toBeGreaterThanOrEqual(200);
    expect(row?.curated).toBeGreaterThanOrEqual(600);
  });
});
