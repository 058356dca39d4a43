import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer, type ServerConfig } from '../../server/src/app.ts';
import type { Db } from '../../server/src/db/driver.ts';
import { testDb } from './db.ts';

export interface RunningServer {
  url: string;
  db: Db;
  server: http.Server;
  close(): Promise<void>;
}

/** The real HTTP server (GraphQL, health, web app) on a free loopback port, over the suite's Neo4j (or `db`, which it closes). */
export async function startTestServer(overrides: Partial<ServerConfig> = {}, db: Db = testDb()): Promise<RunningServer> {
  // No first-view layout in the background: tests that count statements must see only their requests'.
  const server = createHttpServer(db, { corsOrigins: [], graphiql: true, introspection: true, production: false, ...overrides }, undefined, {
    warmFirstView: false,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    db,
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
