import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../server/src/db/driver.ts';
import { defaultReadCacheLimits } from '../../server/src/read-cache.ts';
import { postGraphQL, timedFetch } from '../support/http-probe.ts';
import { type RunningServer, startTestServer } from '../support/server.ts';

// What docs/deploy.md promises about running several servers over one Neo4j, shown on two real
// servers in this process over the suite's Neo4j, one of them connected through the routing scheme.
const token = 'several-instances-token-0123';
const id = 'several-instances-probe';
const auth = { authorization: `Bearer ${token}` };
// Each server keeps answers until it next reads the graph version; after this long it has read it.
const pastTheStalenessBound = () => new Promise((resolve) => setTimeout(resolve, defaultReadCacheLimits.checkMs + 100));

let a: RunningServer;
let b: RunningServer;

beforeAll(async () => {
  const neo4j = inject('neo4j');
  a = await startTestServer({ apiToken: token });
  // neo4j:// asks the server for a routing table first, as the driver does against Aura or a cluster.
  b = await startTestServer({ apiToken: token }, new Db({ ...neo4j, uri: neo4j.uri.replace(/^bolt:/, 'neo4j:') }));
});

afterAll(async () => {
  await postGraphQL(a.url, { query: `mutation { deleteTechnology(id: "${id}") { deleted } }` }, auth);
  await a?.close();
  await b?.close();
});

const technology = async (server: RunningServer) =>
  JSON.parse((await postGraphQL(server.url, { query: `{ technology(id: "${id}") { name } }` })).body).data.technology as { name: string } | null;

describe('several servers over one Neo4j', () => {
  it('answers reads through a neo4j:// (routing) URI as through bolt://', async () => {
    const query = { query: '{ paths(from: "apache-spark", to: "hdfs", first: 1) { summary } }' };
    const [fromA, fromB] = await Promise.all([postGraphQL(a.url, query), postGraphQL(b.url, query)]);
    expect(JSON.parse(fromB.body)).toEqual(JSON.parse(fromA.body));
    expect(JSON.parse(fromB.body).data.paths[0].summary).toMatch(/HDFS/);
  });

  it("shows a write made through one server on the other within the read cache's staleness bound", async () => {
    expect(await technology(b)).toBeNull();
    const create = {
      query: 'mutation ($input: TechnologyInput!) { createTechnology(input: $input) { id } }',
      variables: {
        input: {
          id,
          name: 'Several Instances Probe',
          kind: 'tool',
          categories: ['serverless'],
          description: 'Created by the test of several servers over one database, and deleted again.',
          firstRelease: 2024,
          license: 'MIT',
          homepage: 'https://example.com',
        },
      },
    };
    expect(JSON.parse((await postGraphQL(a.url, create, auth)).body).errors).toBeUndefined();
    await pastTheStalenessBound();
    expect(await technology(b)).toEqual({ name: 'Several Instances Probe' });
    // Writes go through the routing URI too.
    const rename = { query: `mutation { updateTechnology(id: "${id}", patch: { name: "Renamed Probe" }) { name } }` };
    expect(JSON.parse((await postGraphQL(b.url, rename, auth)).body).errors).toBeUndefined();
    await pastTheStalenessBound();
    expect(await technology(a)).toEqual({ name: 'Renamed Probe' });
  });

  it('reports ready on each server, for a load balancer to check', async () => {
    for (const server of [a, b]) expect((await timedFetch(`${server.url}/readyz`)).status).toBe(200);
  });
});
