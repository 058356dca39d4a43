import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curatedTypeNames } from '../../schema/model/vocabulary.ts';
import { LayoutService } from '../../server/src/layout/layout-service.ts';
import { warmFirstViewLayout } from '../../server/src/layout/slice-layout.ts';
import { countingDb, dataOf, testApi } from '../support/graphql.ts';

const token = 'test-token-layout-0123456789';
const auth = { authorization: `Bearer ${token}` };
const prefix = 'test-api-layout-';
const db = countingDb();
const layouts = new LayoutService({ maxNodes: 60 });
const api = testApi({ db, apiToken: token, layouts });

const cleanUp = () => db.write('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix });
beforeAll(cleanUp);
afterAll(async () => {
  await cleanUp();
  await api.close();
});

interface Laid {
  nodes: Array<{ id: string }>;
  relations: Array<{ fromId: string; toId: string }>;
  layout: Array<{ id: string; x: number; y: number }> | null;
}

const GRAPH = `query ($categories: [ID!]) {
  graph(categories: $categories) { nodes { id } relations { fromId toId } layout { id x y } }
}`;
const graph = async (categories: string[] | null) => dataOf(await api.query<{ graph: Laid }>(GRAPH, { categories })).graph;

describe('graph layout', () => {
  it('gives every node of the slice a position, and the same positions again without laying out twice', async () => {
    const before = layouts.computed;
    const first = await graph(['serverless']);
    expect(first.layout?.map((p) => p.id).sort()).toEqual(first.nodes.map((n) => n.id).sort());
    for (const p of first.layout ?? []) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(new Set(first.layout?.map((p) => `${p.x},${p.y}`)).size).toBe(first.nodes.length);
    const again = await graph(['serverless']);
    expect(again.layout).toEqual(first.layout);
    expect(layouts.computed).toBe(before + 1);
  });

  it('lays out anew when the graph changes, and serves the old layout again once the change is undone', async () => {
    const original = await graph(['serverless']);
    const before = layouts.computed;
    const created = await api.query(
      'mutation ($input: TechnologyInput!) { createTechnology(input: $input) { id } }',
      {
        input: {
          id: `${prefix}fn`,
          name: 'Layout test function',
          kind: 'managed-service',
          categories: ['serverless'],
          description: 'A technology the layout tests create and delete again.',
          firstRelease: 2024,
          license: 'MIT',
          homepage: 'https://example.com',
        },
      },
      auth,
    );
    dataOf(created);
    const changed = await graph(['serverless']);
    expect(changed.layout?.map((p) => p.id)).toContain(`${prefix}fn`);
    expect(layouts.computed).toBe(before + 1);
    await cleanUp();
    const restored = await graph(['serverless']);
    expect(restored.layout).toEqual(original.layout);
    expect(layouts.computed).toBe(before + 1);
  });

  it('is null for a graph larger than the server lays out, which the client then lays out itself', async () => {
    const whole = await graph(null);
    expect(whole.nodes.length).toBeGreaterThan(60);
    expect(whole.layout).toBeNull();
  });

  it("has the web app's first view laid out in advance by the warm-up a server starts with", async () => {
    const fresh = new LayoutService();
    const warmApi = testApi({ layouts: fresh });
    try {
      await warmFirstViewLayout(warmApi.db, fresh);
      expect(fresh.computed).toBe(1);
      const { graph: first } = dataOf(
        await warmApi.query<{ graph: Laid }>('query ($t: [RelationType!]) { graph(relationTypes: $t) { nodes { id } layout { id } } }', {
          t: curatedTypeNames,
        }),
      );
      expect(first.layout).toHaveLength(first.nodes.length);
      expect(fresh.computed).toBe(1);
    } finally {
      await warmApi.close();
    }
  });
});
