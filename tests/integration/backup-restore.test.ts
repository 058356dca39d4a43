import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../graph-seed/src/seed.ts';
import { Db } from '../../server/src/db/driver.ts';
import { backupBundled, restoreBundled } from '../../server/src/neo4j/backup.ts';
import { type Connection, ManagedNeo4j } from '../../server/src/neo4j/managed.ts';
import { freePort } from '../support/global-setup.ts';
import { type GraphSnapshot, graphSnapshot } from '../support/graph-snapshot.ts';
import { dataOf, testApi } from '../support/graphql.ts';

const token = 'backup-restore-test-token-0123456789';
const technology = {
  id: 'backup-probe-store',
  name: 'Backup Probe Store',
  kind: 'tool',
  categories: ['serverless'],
  vendor: 'aws',
  description: 'A technology made up by the backup test to check that a dump keeps what users created.',
  firstRelease: 2025,
  license: 'MIT',
  homepage: 'https://example.com/backup-probe',
};
const relation = {
  from: 'backup-probe-store',
  type: 'INTEGRATES_WITH',
  to: 'apache-spark',
  note: 'The backup test links its probe to Spark.',
  source: 'seed-notes',
};

// A managed server of its own in a temp folder: backing up and restoring stops and starts it, and
// must never touch the developer's .neo4j or the suite's shared server.
describe('npm run backup and npm run restore on the bundled Neo4j', () => {
  let home: string;
  let folder: string;
  let server: ManagedNeo4j;
  let connection: Connection;
  let before: GraphSnapshot;
  let dump: string;

  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'techgraph-backup-neo4j-'));
    folder = await mkdtemp(path.join(os.tmpdir(), 'techgraph-backups-'));
    server = new ManagedNeo4j({ home, boltPort: await freePort(), heap: '512m', pagecache: '128m', ownerPid: process.pid });
    connection = await server.start();
    const api = testApi({ apiToken: token, db: new Db(connection) });
    try {
      await seed(api.db);
      const auth = { authorization: `Bearer ${token}` };
      dataOf(await api.query('mutation ($input: TechnologyInput!) { createTechnology(input: $input) { id } }', { input: technology }, auth));
      dataOf(await api.query('mutation ($input: RelationInput!) { addRelation(input: $input) { id } }', { input: relation }, auth));
      before = await graphSnapshot(api.db);
    } finally {
      await api.close();
    }
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await rm(home, { recursive: true, force: true });
    await rm(folder, { recursive: true, force: true });
  });

  it('writes a timestamped dump into the chosen folder and leaves the server running', async () => {
    const result = await backupBundled(server, folder, new Date('2026-01-02T03:04:05.678Z'));
    dump = result.file;
    expect(path.basename(dump)).toMatch(/^techgraph-neo4j-5\.26\.\d+-2026-01-02T03-04-05Z\.dump$/);
    expect(await readdir(folder)).toEqual([path.basename(dump)]);
    expect((await stat(dump)).size).toBeGreaterThan(1000);
    expect(result.restarted).toBe(true);
    expect(await server.pid()).toBeDefined();
  }, 300_000);

  it('puts back every node and relation, the user-created ones included, over a graph changed since', async () => {
    const db = new Db(connection);
    try {
      // Without the graph-version stamp a write leaves, so the changed graph holds exactly one node.
      await db.write('MATCH (n) DETACH DELETE n', {}, { graphChange: false });
      await db.write("CREATE (:Entity:Technology {id: 'created-after-the-dump', name: 'After'})", {}, { graphChange: false });
      expect((await graphSnapshot(db)).nodes).toHaveLength(1);
    } finally {
      await db.close();
    }

    expect(await restoreBundled(server, dump)).toEqual({ restarted: true });

    const restored = new Db(connection);
    const api = testApi({ db: restored });
    try {
      const after = await graphSnapshot(restored);
      expect(after.nodes).toHaveLength(before.nodes.length);
      expect(after.relations).toHaveLength(before.relations.length);
      expect(after).toEqual(before);
      const answer = dataOf(
        await api.query<{ technology: { name: string; relations: Array<{ type: string; fromId: string; toId: string; origin: string }> } | null }>(
          'query ($id: ID!) { technology(id: $id) { name relations { type fromId toId origin } } }',
          { id: technology.id },
        ),
      );
      expect(answer.technology?.name).toBe(technology.name);
      expect(answer.technology?.relations).toContainEqual({ type: relation.type, fromId: relation.from, toId: relation.to, origin: 'USER' });
    } finally {
      await api.close();
    }
  }, 300_000);

  it('refuses a file that is not a dump before stopping anything', async () => {
    const pid = await server.pid();
    await expect(restoreBundled(server, path.join(home, 'neo4j.conf'))).rejects.toThrow(/is not a Neo4j database dump .*npm run backup/);
    await expect(restoreBundled(server, path.join(folder, 'missing.dump'))).rejects.toThrow(/^There is no file at .*missing\.dump; pass the path/);
    expect(await server.pid()).toBe(pid);
  });
});
