import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/src/db/driver.ts';
import { testDb } from '../support/db.ts';
import { postGraphQL } from '../support/http-probe.ts';
import { type RunningServer, startTestServer } from '../support/server.ts';

// Three real servers over the suite's Neo4j, each with its own driver, so the only thing they share
// is the database: what one writes reaches another's cache only through the graph version.
const token = 'read-cache-token-0123456789';
const auth = { authorization: `Bearer ${token}` };
const id = 'read-cache-probe';
const checkMs = 150;
const limits = { checkMs, maxEntries: 100, maxBytes: 2 ** 20 };
// Longer than the bound, so the next request must ask for the version again.
const pastTheBound = () => new Promise((resolve) => setTimeout(resolve, checkMs + 100));

let a: RunningServer;
let b: RunningServer;
let slow: RunningServer;
let other: Db;

const graphql = async (server: RunningServer, query: string, headers: Record<string, string> = {}) =>
  JSON.parse((await postGraphQL(server.url, { query }, headers)).body) as { data?: Record<string, unknown> | null; errors?: Array<{ message: string }> };
const nameOn = async (server: RunningServer) =>
  ((await graphql(server, `{ technology(id: "${id}") { name } }`)).data?.technology as { name: string } | null)?.name;
const rename = (server: RunningServer, name: string, headers = auth) =>
  graphql(server, `mutation { updateTechnology(id: "${id}", patch: { name: "${name}" }) { name } }`, headers);
/** Changes the name in Neo4j without bumping the graph version: a change no cache is told about. */
const renameBehindTheCachesBack = (name: string) => other.driver.executeQuery('MATCH (n:Technology {id: $id}) SET n.name = $name', { id, name });

beforeAll(async () => {
  a = await startTestServer({ apiToken: token, readCache: limits });
  b = await startTestServer({ apiToken: token, readCache: limits });
  slow = await startTestServer({ apiToken: token, readCache: { ...limits, checkMs: 600_000 } });
  other = testDb();
  await graphql(a, `mutation { deleteTechnology(id: "${id}") { deleted } }`, auth);
  const created = await graphql(
    a,
    `mutation { createTechnology(input: { id: "${id}", name: "Probe", kind: "tool", categories: ["serverless"],
       description: "Created by the read cache test and deleted again.", firstRelease: 2024, license: "MIT", homepage: "https://example.com" }) { id } }`,
    auth,
  );
  expect(created.errors).toBeUndefined();
});

afterAll(async () => {
  await graphql(a, `mutation { deleteTechnology(id: "${id}") { deleted } }`, auth);
  await Promise.all([a?.close(), b?.close(), slow?.close(), other?.close()]);
});

describe('the read cache over several servers', () => {
  it('answers a repeated read from its cache while the graph version stays the same', async () => {
    await rename(a, 'Cached Name');
    await pastTheBound();
    expect(await nameOn(b)).toBe('Cached Name');
    await renameBehindTheCachesBack('Unannounced Name');
    await pastTheBound();
    expect(await nameOn(b)).toBe('Cached Name');
  });

  it('sees a write from another driver, as a seed or another process makes it, within the staleness bound', async () => {
    await rename(a, 'Before Seed');
    await pastTheBound();
    expect(await nameOn(b)).toBe('Before Seed');
    await other.write('MATCH (n:Technology {id: $id}) SET n.name = $name', { id, name: 'Seeded Name' });
    await pastTheBound();
    expect(await nameOn(b)).toBe('Seeded Name');
  });

  it('sees a mutation made through another server within the staleness bound', async () => {
    await pastTheBound();
    expect(await nameOn(b)).toBe(await nameOn(a));
    expect((await rename(a, 'Renamed On A')).errors).toBeUndefined();
    await pastTheBound();
    expect(await nameOn(b)).toBe('Renamed On A');
  });

  it('sees its own writes at once, long before it would check the version again', async () => {
    expect(await nameOn(slow)).toBeDefined();
    expect((await rename(slow, 'Renamed On Slow')).errors).toBeUndefined();
    expect(await nameOn(slow)).toBe('Renamed On Slow');
  });

  it('runs every mutation afresh: the same text with a wrong token is refused after it succeeded with the right one', async () => {
    expect((await rename(slow, 'Token Probe')).errors).toBeUndefined();
    const refused = await rename(slow, 'Token Probe', { authorization: 'Bearer wrong-token-0123456789' });
    expect(refused.errors?.[0]?.message).toMatch(/token is wrong/);
  });

  it('never keeps an error: the same question answers once the missing technology exists', async () => {
    const question = '{ stack(ids: ["apache-spark", "read-cache-late-probe"]) { isolated { id } } }';
    await other.driver.executeQuery("MATCH (n:Entity {id: 'read-cache-late-probe'}) DETACH DELETE n");
    await pastTheBound();
    expect((await graphql(slow, question)).errors?.[0]?.message).toMatch(/No technology has the id "read-cache-late-probe"/);
    await other.driver.executeQuery(
      "CREATE (:Entity:Technology {id: 'read-cache-late-probe', name: 'Late Probe', kind: 'tool', origin: 'user', nameKeys: ['lateprobe']})",
    );
    try {
      const answer = await graphql(slow, question);
      expect(answer.errors).toBeUndefined();
    } finally {
      await other.driver.executeQuery("MATCH (n:Entity {id: 'read-cache-late-probe'}) DETACH DELETE n");
    }
  });
});
