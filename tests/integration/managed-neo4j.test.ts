import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../graph-seed/src/seed.ts';
import { createHttpServer } from '../../server/src/app.ts';
import { Db } from '../../server/src/db/driver.ts';
import { bundledNeo4jVersion, recordedDataVersion } from '../../server/src/neo4j/data-version.ts';
import { exists } from '../../server/src/neo4j/files.ts';
import { startedFrom } from '../../server/src/neo4j/installs.ts';
import { ManagedNeo4j } from '../../server/src/neo4j/managed.ts';
import { freePort } from '../support/global-setup.ts';

// A second managed server of its own, so stopping and restarting it cannot disturb other suites.
describe('the managed Neo4j', () => {
  let home: string;
  let server: ManagedNeo4j;
  let db: Db;
  let http: import('node:http').Server;
  let base: string;

  beforeAll(async () => {
    home = await mkdtemp(path.join(os.tmpdir(), 'techgraph-managed-'));
    server = new ManagedNeo4j({ home, boltPort: await freePort(), heap: '512m', pagecache: '128m', ownerPid: process.pid });
    const connection = await server.start();
    db = new Db(connection);
    http = createHttpServer(db, { corsOrigins: [], graphiql: false, introspection: true, production: false });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    http?.close();
    await db?.close();
    await server?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('answers Bolt with the password it generated on first start', async () => {
    const password = (await readFile(path.join(home, 'password'), 'utf8')).trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', password));
    const { records } = await driver.executeQuery('RETURN 41 + 1 AS answer');
    expect(records[0]?.get('answer').toNumber()).toBe(42);
    await driver.close();
  });

  it('records which Neo4j release wrote its data folder, so a later release can tell', async () => {
    expect(await recordedDataVersion(home)).toBe(await bundledNeo4jVersion());
  });

  it('refuses the default neo4j/neo4j credentials', async () => {
    const driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    await expect(driver.executeQuery('RETURN 1')).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await driver.close();
  });

  it('listens for Bolt on the loopback address only', async () => {
    const conf = await readFile(path.join(home, 'neo4j.conf'), 'utf8');
    expect(conf).toMatch(/^server\.bolt\.listen_address=127\.0\.0\.1:\d+$/m);
  });

  it('closes Bolt without a quiet period on stop, with a setting this Neo4j accepts (it refuses unknown ones at start)', async () => {
    const conf = await readFile(path.join(home, 'neo4j.conf'), 'utf8');
    expect(conf).toMatch(/^internal\.dbms\.bolt\.netty_server_shutdown_quiet_period=0$/m);
    expect(await server.pid()).toBeDefined();
  });

  it('answers /healthz while the process lives', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 503 until the graph is loaded, then 200', { timeout: 180_000 }, async () => {
    const before = await fetch(`${base}/readyz`);
    expect(before.status).toBe(503);
    expect((await before.json()).reason).toMatch(/not loaded/);
    await seed(db);
    const after = await fetch(`${base}/readyz`);
    expect(after.status).toBe(200);
  });

  it('reuses the running server when started again', async () => {
    const pid = await server.pid();
    await server.start();
    expect(await server.pid()).toBe(pid);
  });

  // A stop and a start of the JVM: slow on a busy 2-core machine, hence the long timeout.
  it('keeps its data across a restart, and /readyz says 503 while it is stopped', async () => {
    await db.write("CREATE (:RestartProbe {value: 'kept'})");
    await server.stop();
    expect(await server.pid()).toBeUndefined();

    const stopped = await fetch(`${base}/readyz`);
    expect(stopped.status).toBe(503);
    expect(await stopped.json()).toEqual({ status: 'unavailable', reason: 'Neo4j does not answer.' });

    await server.start();
    // Requests are refused with "try again in a moment" until the server has probed the restarted
    // Neo4j and warmed it up (seconds on a busy machine), so the test waits for /readyz as a client would.
    expect(await readyWithin(base, 120_000)).toBe(true);
    const rows = await db.read<{ value: string }>('MATCH (p:RestartProbe) RETURN p.value AS value');
    expect(rows).toEqual([{ value: 'kept' }]);
  }, 300_000);

  // An older checkout's server left running would keep answering with its own procedures.
  it('restarts a server started from another install, and removes the installs nothing runs from', async () => {
    const current = await server.install();
    const fake = (name: string) => path.join(server.installDir, name);
    // A process whose command line names an install, as a Neo4j's class path does; it runs before the
    // folder is complete, so no other suite's start can remove the folder in between.
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)', fake('e0e0e0e0e0e0e0e0')], { stdio: 'ignore' });
    await once(holder, 'spawn');
    for (const name of ['f0f0f0f0f0f0f0f0', 'e0e0e0e0e0e0e0e0']) {
      await mkdir(fake(name), { recursive: true });
      await writeFile(path.join(fake(name), 'complete'), '');
    }
    await mkdir(fake('d0d0d0d0d0d0d0d0.tmp-1-ab'), { recursive: true });
    try {
      await writeFile(path.join(home, 'neo4j.install'), `${fake('0123456789abcdef')}\n`);
      const before = await server.pid();
      const lines: string[] = [];
      const again = new ManagedNeo4j({
        home,
        boltPort: Number(new URL(server.uri).port),
        heap: '512m',
        pagecache: '128m',
        ownerPid: process.pid,
        log: (line) => lines.push(line),
      });
      await again.start();
      expect(lines.join('\n')).toContain('restarting it on these');
      expect(await server.pid()).not.toBe(before);
      expect(await startedFrom(home)).toBe(current);
      expect(await exists(fake('f0f0f0f0f0f0f0f0'))).toBe(false);
      expect(await exists(fake('e0e0e0e0e0e0e0e0'))).toBe(true);
      expect(await exists(fake('d0d0d0d0d0d0d0d0.tmp-1-ab'))).toBe(true);
      expect(await exists(current)).toBe(true);
      expect(await readyWithin(base, 120_000)).toBe(true);

      const pid = await server.pid();
      await again.start();
      expect(await server.pid()).toBe(pid);
    } finally {
      holder.kill();
      for (const name of ['f0f0f0f0f0f0f0f0', 'e0e0e0e0e0e0e0e0', 'd0d0d0d0d0d0d0d0.tmp-1-ab']) await rm(fake(name), { recursive: true, force: true });
    }
  }, 300_000);

  it('refuses to start on a Bolt port another program holds, with a sentence saying what to do', async () => {
    const blocker = (await import('node:net')).createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const other = new ManagedNeo4j({ home: `${home}-other`, boltPort: port, heap: '256m', pagecache: '64m' });
    await expect(other.start()).rejects.toThrow(`Port ${port} is taken by another program`);
    blocker.close();
    await rm(`${home}-other`, { recursive: true, force: true });
  });
});

/** Polls /readyz until it answers 200; false when `timeoutMs` passes first. */
async function readyWithin(base: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await fetch(`${base}/readyz`)).status === 200) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
