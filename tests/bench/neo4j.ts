import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Db } from '../../server/src/db/driver.ts';
import { type Connection, ManagedNeo4j } from '../../server/src/neo4j/managed.ts';
import { freePort } from '../support/global-setup.ts';

export interface BenchNeo4j {
  connection: Connection;
  db: Db;
  /** The Neo4j JVM's pid, to read its memory; it changes when the server restarts. */
  pid: number | undefined;
  /** The managed server itself, for the bulk import (which stops and starts it). */
  server: ManagedNeo4j;
  /** Stops the server and starts it again on the same data (the soak's fault). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** A throwaway Neo4j in a temp folder on a free port, as the test suite does; never the dev instance on 7687. */
export async function startBenchNeo4j(log: (line: string) => void): Promise<BenchNeo4j> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'techgraph-bench-neo4j-'));
  const server = new ManagedNeo4j({ home, boltPort: await freePort(), heap: '2g', pagecache: '1g', ownerPid: process.pid, log });
  const connection = await server.start();
  const db = new Db(connection);
  const bench: BenchNeo4j = {
    connection,
    db,
    pid: await server.pid(),
    server,
    async restart() {
      await server.stop();
      await server.start();
      bench.pid = await server.pid();
    },
    async stop() {
      await db.close().catch(() => {});
      await server.stop();
      await rm(home, { recursive: true, force: true });
    },
  };
  return bench;
}
