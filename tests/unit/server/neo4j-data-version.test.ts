import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireBundled } from '../../../server/src/cli/bundled-only.ts';
import { loadConfig } from '../../../server/src/config.ts';
import { checkDumpFile } from '../../../server/src/neo4j/backup.ts';
import { bundledNeo4jVersion, compareVersions, judgeDataVersion, versionMarker } from '../../../server/src/neo4j/data-version.ts';
import { ManagedNeo4j } from '../../../server/src/neo4j/managed.ts';

let home: string;
beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), 'techgraph-data-version-'));
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

/** A data folder that says another release wrote it; nothing else in it. */
async function dataWrittenBy(version: string): Promise<void> {
  await mkdir(path.join(home, 'data', 'databases'), { recursive: true });
  await writeFile(versionMarker(home), `${version}\n`);
}

// The managed server checks the data folder before it installs or starts anything, so these need no JDK.
const server = () => new ManagedNeo4j({ home, boltPort: 1, heap: '256m', pagecache: '64m' });

describe('the bundled Neo4j and a data folder from another release', () => {
  it('reads the pinned release from server/neo4j/pom.xml', async () => {
    expect(await bundledNeo4jVersion()).toMatch(/^5\.26\.\d+$/);
  });

  it('orders releases by their numeric parts', () => {
    expect(compareVersions('5.9.0', '5.26.30')).toBeLessThan(0);
    expect(compareVersions('2025.01.0', '5.26.30')).toBeGreaterThan(0);
    expect(compareVersions('5.26.30', '5.26.30')).toBe(0);
  });

  it('refuses data written by a newer Neo4j, naming both releases and what to do', async () => {
    await dataWrittenBy('2025.06.0');
    const bundled = await bundledNeo4jVersion();
    await expect(server().start()).rejects.toThrow(
      `The Neo4j data in ${path.join(home, 'data')} was written by Neo4j 2025.06.0, newer than the bundled Neo4j ${bundled}, which cannot open it;`,
    );
  });

  it('refuses data written by Neo4j 4 and says to migrate it', async () => {
    await dataWrittenBy('4.4.12');
    await expect(server().start()).rejects.toThrow(
      /written by Neo4j 4\.4\.12, a major version before the bundled Neo4j 5\.26\.\d+, and must be migrated first: .*database load.*database migrate/,
    );
  });

  it('lets an older 5.x release through with a sentence saying the data is upgraded in place', async () => {
    const note = judgeDataVersion(home, '5.20.0', '5.26.30');
    expect(note).toMatch(
      /written by Neo4j 5\.20\.0; the bundled Neo4j 5\.26\.30 upgrades it in place on this start, after which 5\.20\.0 can no longer open it/,
    );
    expect(judgeDataVersion(home, '5.26.30', '5.26.30')).toBeUndefined();
  });
});

describe('backup and restore refuse what they cannot use', () => {
  it('sends a server named by NEO4J_URI to its own tooling', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://db.example.com:7687', NEO4J_PASSWORD: 'secret' });
    expect(() => requireBundled(config, 'back up')).toThrow(
      "NEO4J_URI is set (bolt://db.example.com:7687), so there is no bundled Neo4j to back up; use that server's own tooling instead",
    );
    expect(() => requireBundled(loadConfig({}), 'restore')).not.toThrow();
  });

  it('names a missing file, a folder and a file that is not a dump', async () => {
    await expect(checkDumpFile(path.join(home, 'nothing.dump'))).rejects.toThrow(`There is no file at ${path.join(home, 'nothing.dump')};`);
    await expect(checkDumpFile(home)).rejects.toThrow(`${home} is a folder, not a dump;`);
    await writeFile(path.join(home, 'notes.dump'), 'just some text\n');
    await expect(checkDumpFile(path.join(home, 'notes.dump'))).rejects.toThrow(/notes\.dump is not a Neo4j database dump/);
    await writeFile(path.join(home, 'real.dump'), Buffer.from('DZV1(\xb5/\xfd', 'latin1'));
    await expect(checkDumpFile(path.join(home, 'real.dump'))).resolves.toBeUndefined();
  });
});
