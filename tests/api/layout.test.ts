import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewSize, rankOverview } from '../../schema/model/overview.ts';
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

  it('lays out the overview alone: the most connected technologies, as the web app picks them', async () => {
    const OVERVIEW = `query ($size: Int) {
      graph(categories: ["serverless", "container-orchestration", "containers"]) { nodes { __typename id name } relations { fromId toId } overviewLayout(size: $size) { id x y } }
    }`;
    type Overview = Omit<Laid, 'layout' | 'nodes'> & { nodes: Array<{ __typename: string; id: string; name: string }>; overviewLayout: Laid['layout'] };
    const { graph: slice } = dataOf(await api.query<{ graph: Overview }>(OVERVIEW, { size: 12 }));
    const picked = rankOverview(
      slice.nodes.map((n) => ({ id: n.id, name: n.name, technology: n.__typename === 'Technology' })),
      slice.relations.map((r) => ({ source: r.fromId, target: r.toId })),
      12,
    );
    expect(picked).toHaveLength(12);
    expect(slice.overviewLayout?.map((p) => p.id).sort()).toEqual([...picked].sort());
    const wrong = await api.query(OVERVIEW, { size: 0 });
    expect(wrong.errors?.[0]?.message).toMatch(/size/);
  });

  it('serves the overview on its own: those technologies with the fields asked for, the relations among them and the same layout', async () => {
    const QUERY = `{
      graph(categories: ["serverless", "container-orchestration", "containers"]) {
        relations { id fromId toId }
        overviewLayout(size: 12) { id x y }
        overview(size: 12) { nodes { id name degree ... on Technology { firstRelease } } relations { id fromId toId note } layout { id x y } }
      }
    }`;
    type Node = { id: string; name: string; degree: number; firstRelease?: number | null };
    type Answer = {
      relations: Array<{ id: string; fromId: string; toId: string }>;
      overviewLayout: Laid['layout'];
      overview: { nodes: Node[]; relations: Array<{ id: string; fromId: string; toId: string; note: string | null }>; layout: Laid['layout'] };
    };
    const { graph: slice } = dataOf(await api.query<{ graph: Answer }>(QUERY));
    const ids = new Set(slice.overviewLayout?.map((p) => p.id));
    expect(ids.size).toBe(12);
    expect(slice.overview.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
    for (const node of slice.overview.nodes) {
      expect(node.name.length).toBeGreaterThan(0);
      expect(node.degree).toBeGreaterThan(0);
      expect(node).toHaveProperty('firstRelease');
    }
    const among = slice.relations.filter((r) => ids.has(r.fromId) && ids.has(r.toId));
    expect(among.length).toBeGreaterThan(0);
    expect(slice.overview.relations.map((r) => r.id).sort()).toEqual(among.map((r) => r.id).sort());
    // Read although the graph's own relations and nodes ask for neither.
    expect(slice.overview.relations.some((r) => r.note)).toBe(true);
    expect(slice.overview.nodes.some((n) => n.firstRelease)).toBe(true);
    expect(slice.overview.layout).toEqual(slice.overviewLayout);
  });

  it("has the web app's first view laid out in advance by the warm-up a server starts with, the overview first", async () => {
    const fresh = new LayoutService();
    const warmApi = testApi({ layouts: fresh });
    try {
      await warmFirstViewLayout(warmApi.db, fresh);
      expect(fresh.computed).toBe(2);
      const { graph: first } = dataOf(
        await warmApi.query<{ graph: Laid & { overviewLayout: Laid['layout'] } }>(
          'query ($t: [RelationType!]) { graph(relationTypes: $t) { nodes { id } layout { id } overviewLayout { id } } }',
          { t: curatedTypeNames },
        ),
      );
      expect(first.layout).toHaveLength(first.nodes.length);
      expect(first.overviewLayout).toHaveLength(overviewSize);
      expect(fresh.computed).toBe(2);
    } finally {
      await warmApi.close();
    }
  });
});
