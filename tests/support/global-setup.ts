import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { seed } from '../../graph-seed/src/seed.ts';
import { Db } from '../../server/src/db/driver.ts';
import { ManagedNeo4j } from '../../server/src/neo4j/managed.ts';

export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  home: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * One throwaway Neo4j for the whole suite: its own data folder under the OS temp dir and its own
 * Bolt port, so `npm test` never touches the user's data or needs their server running.
 */
export default async function setup(project: TestProject) {
  const home = await mkdtemp(path.join(os.tmpdir(), 'techgraph-test-neo4j-'));
  const server = new ManagedNeo4j({
    home,
    boltPort: await freePort(),
    heap: '768m',
    pagecache: '256m',
    ownerPid: process.pid,
    log: (line) => console.log(`[test-neo4j] ${line}`),
  });
  const connection = await server.start();
  const db = new Db(connection);
  try {
    await seed(db);
  } catch (error) {
    await server.stop();
    await rm(home, { recursive: true, force: true });
    throw error;
  } finally {
    await db.close();
  }
  project.provide('neo4j', { ...connection, home });
  return async () => {
    await server.stop();
    await rm(home, { recursive: true, force: true });
  };
}
