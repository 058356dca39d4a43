import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeImportCsv } from '../../graph-seed/src/import-csv.ts';
import { dataChecksum, loadSeed, toRows } from '../../graph-seed/src/load.ts';
import { syntheticGraph } from '../../graph-seed/src/synthetic.ts';
import type { SeedData } from '../../graph-seed/src/validate.ts';
import { bulkSeed } from '../../server/src/cli/bulk-seed.ts';
import { Db } from '../../server/src/db/driver.ts';
import { readGraphVersion, unwrittenVersion } from '../../server/src/db/graph-version.ts';
import { dataNodeCount, seededChecksum } from '../../server/src/db/seed-marker.ts';
import { bulkImportBundled } from '../../server/src/neo4j/bulk-import.ts';
import { ManagedNeo4j } from '../../server/src/neo4j/managed.ts';
import { freePort } from '../support/global-setup.ts';

/** A small synthetic graph plus rows whose text the CSV format must carry unchanged. */
function trickyData(): SeedData {
  const data = syntheticGraph({ technologies: 150, relations: 400, categories: 5, vendors: 4 });
  data.vendors.push({
    id: 'quoted-vendor',
    name: 'Vendor "Quoted", Inc.',
    aliases: ['QV; one', 'Ünïcødé 数据'],
    description: 'A vendor, with commas; semicolons and "quotes".\nA second line.',
    homepage: 'https://example.com/quoted',
  });
  data.technologies.push({
    id: 'tricky-tech',
    name: 'Tricky, "Quoted" Tech ✓',
    aliases: [' padded ', 'semi;colon', 'comma,alias', 'ends with a backslash\\', '""'],
    kind: 'tool',
    categories: ['syn-category-0', 'syn-category-1'],
    vendor: 'quoted-vendor',
    description: '  Leading spaces, a tab\tand a line break\r\nthen "quotes" and an emoji 🚀.  ',
    firstRelease: 2019,
    license: 'Proprietary',
    homepage: 'https://example.com/tricky',
    remarks: [{ claim: 'It said "x, y"', correction: 'It is z;\nnot y', source: 'seed-notes' }],
    status: 'deprecated',
    statusSince: 2024,
    statusSource: 'Release notes, "final" <https://example.com/notes>',
  });
  data.relations.push({
    from: 'tricky-tech',
    type: 'INTEGRATES_WITH',
    to: 'syn-1',
    note: 'Works with syn-1, "mostly";\nsee the second line ü.',
    source: 'Doc "A", part B <https://example.com/a>',
  });
  return data;
}

interface Snapshot {
  nodes: string[];
  relations: string[];
}

/** Every entity (labels, properties and each property's Cypher type) and every relation between entities, as sorted JSON lines. */
async function snapshot(db: Db): Promise<Snapshot> {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown>; types: string[] }>(
    "MATCH (n:Entity) RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | k + ': ' + valueType(n[k])] AS types",
  );
  const relations = await db.read<{ type: string; from: string; to: string; props: Record<string, unknown>; types: string[] }>(
    "MATCH (a:Entity)-[r]->(b:Entity) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props, [k IN keys(r) | k + ': ' + valueType(r[k])] AS types",
  );
  const sorted = (props: Record<string, unknown>) => Object.fromEntries(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
  return {
    nodes: nodes.map((n) => JSON.stringify([[...n.labels].sort(), sorted(n.props), [...n.types].sort()])).sort(),
    relations: relations.map((r) => JSON.stringify([r.type, r.from, r.to, sorted(r.props), [...r.types].sort()])).sort(),
  };
}

async function startServer(prefix: string): Promise<{ server: ManagedNeo4j; db: Db; home: string }> {
  const home = await mkdtemp(path.join(os.tmpdir(), prefix));
  const server = new ManagedNeo4j({ home, boltPort: await freePort(), heap: '512m', pagecache: '128m', ownerPid: process.pid });
  return { server, db: new Db(await server.start()), home };
}

// Servers of their own in temp folders: a bulk import stops and starts its server, which must never
// be the developer's .neo4j or the suite's shared one.
describe('bulk first loads through neo4j-admin database import', () => {
  const data = trickyData();
  let expected: Snapshot;
  let server: ManagedNeo4j;
  let db: Db;
  let home: string;
  let failure: unknown;
  let versionBefore: string;

  beforeAll(async () => {
    // What the transactional loader writes into another empty database: the reference.
    const reference = await startServer('techgraph-bulk-reference-');
    try {
      await loadSeed(reference.db, data);
      expected = await snapshot(reference.db);
    } finally {
      await reference.db.close();
      await reference.server.stop();
      await rm(reference.home, { recursive: true, force: true });
    }
    ({ server, db, home } = await startServer('techgraph-bulk-neo4j-'));
    // An import that fails (the same id twice) first, to see the server come back empty; then the real one.
    const duplicated = { ...data, technologies: [...data.technologies, { ...(data.technologies[0] as SeedData['technologies'][number]) }] };
    failure = await bulkSeed(server, db, duplicated).catch((error: unknown) => error);
    versionBefore = await readGraphVersion(db);
    await bulkSeed(server, db, data);
  }, 600_000);

  afterAll(async () => {
    await db?.close();
    await server?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('says what failed when the import fails, and starts the server again on its empty database', async () => {
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^neo4j-admin could not import the graph into .*Neo4j has been started again/);
    expect((failure as Error).message).toMatch(/syn-0/);
    expect(await server.pid()).toBeDefined();
  });

  it('writes exactly the nodes and relations the transactional loader writes, types included', async () => {
    const imported = await snapshot(db);
    expect(imported.nodes).toHaveLength(expected.nodes.length);
    expect(imported.relations).toHaveLength(expected.relations.length);
    expect(imported).toEqual(expected);
  });

  it('writes the seed marker with the data checksum and moves the graph version on', async () => {
    expect(await seededChecksum(db)).toBe(dataChecksum(data));
    const version = await readGraphVersion(db);
    expect(version).not.toBe(unwrittenVersion);
    expect(version).not.toBe(versionBefore);
  });

  it('leaves nothing for a following transactional load of the same data to write', async () => {
    const report = await loadSeed(db, data);
    expect(report).toMatchObject({ nodesWritten: 0, relationsWritten: 0, nodesRemoved: 0, relationsRemoved: 0 });
  }, 120_000);

  it('creates the constraints and full-text indexes on the imported graph', async () => {
    const indexes = await db.read<{ name: string; state: string }>('SHOW INDEXES YIELD name, state RETURN name, state');
    expect(indexes.filter((i) => ['entity_search', 'entity_name_keys', 'entity_origin'].includes(i.name)).map((i) => i.state)).toEqual([
      'ONLINE',
      'ONLINE',
      'ONLINE',
    ]);
    await expect(db.write("CREATE (:Entity {id: 'tricky-tech'})")).rejects.toThrow(/already exists/);
  });

  it('refuses a database that holds data, with a clear message, and loses nothing', async () => {
    const before = await snapshot(db);
    const pid = await server.pid();
    await expect(bulkSeed(server, db, data)).rejects.toThrow(
      /already holds \d+ nodes, and a bulk import would replace them all; load into it with the transactional loader/,
    );
    expect(await server.pid()).toBe(pid);
    expect(await snapshot(db)).toEqual(before);
    expect(await dataNodeCount(db)).toBe(before.nodes.length);
  });

  it('removes its import files, also after a failed import', async () => {
    expect((await readdir(home)).filter((name) => name.startsWith('.import-'))).toEqual([]);
  });

  it('passes the files to the importer as written, through the server side alone', async () => {
    // The refusal comes before anything is written: the write callback is never called on a database with data.
    let called = false;
    const attempt = bulkImportBundled(server, db, {
      write: (folder) => {
        called = true;
        return writeImportCsv(toRows(data), folder);
      },
      marker: { checksum: 'x', nodes: 0, relations: 0 },
    });
    await expect(attempt).rejects.toThrow(/already holds/);
    expect(called).toBe(false);
  });
});
