import { afterAll, describe, expect, it } from 'vitest';
import { forceLayout, type LayoutInput } from '../../../server/src/layout/force-layout.ts';
import { LayoutService, layoutKey } from '../../../server/src/layout/layout-service.ts';

/** Two triangles joined by one relation, plus a node on its own. */
const graph: LayoutInput = {
  nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'lone'].map((id) => ({ id, degree: id === 'c' ? 3 : 2 })),
  edges: [
    { source: 'a', target: 'b' },
    { source: 'b', target: 'c' },
    { source: 'c', target: 'a' },
    { source: 'd', target: 'e' },
    { source: 'e', target: 'f' },
    { source: 'f', target: 'd' },
    { source: 'c', target: 'd' },
  ],
};

const distance = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

describe('forceLayout', () => {
  it('places every node at its own finite position, neighbours nearer than strangers', async () => {
    const positions = await forceLayout(graph);
    expect(positions.map((p) => p.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    for (const p of positions) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(new Set(positions.map((p) => `${p.x},${p.y}`)).size).toBe(positions.length);
    const at = new Map(positions.map((p) => [p.id, p]));
    const pos = (id: string) => at.get(id) as { x: number; y: number };
    // Within a triangle nodes sit closer than across the two triangles' far corners.
    expect(distance(pos('a'), pos('b'))).toBeLessThan(distance(pos('a'), pos('e')));
    expect(distance(pos('e'), pos('f'))).toBeLessThan(distance(pos('b'), pos('f')));
  });

  it('ignores relations whose ends are not among the nodes', async () => {
    const positions = await forceLayout({ nodes: graph.nodes, edges: [...graph.edges, { source: 'a', target: 'elsewhere' }] });
    expect(positions).toHaveLength(graph.nodes.length);
  });
});

describe('LayoutService', () => {
  const service = new LayoutService({ maxNodes: 7, cacheSize: 2 });
  afterAll(() => service.close());

  it('lays out in a worker thread once per graph, sharing concurrent requests and caching the answer', async () => {
    const [first, second] = await Promise.all([service.layout(graph), service.layout(graph)]);
    expect(first).toHaveLength(7);
    expect(second).toBe(first);
    expect(service.computed).toBe(1);
    expect(await service.layout({ nodes: [...graph.nodes].reverse(), edges: [...graph.edges].reverse() })).toBe(first);
    expect(service.computed).toBe(1);
  });

  it('lays out again when nodes, degrees or relations change', async () => {
    const before = service.computed;
    const moreEdges = { nodes: graph.nodes, edges: [...graph.edges, { source: 'lone', target: 'a' }] };
    const otherDegree = { nodes: graph.nodes.map((n) => (n.id === 'lone' ? { ...n, degree: 9 } : n)), edges: graph.edges };
    expect(layoutKey(moreEdges)).not.toBe(layoutKey(graph));
    expect(layoutKey(otherDegree)).not.toBe(layoutKey(graph));
    const positions = await service.layout(moreEdges);
    expect(positions).toHaveLength(7);
    await service.layout(otherDegree);
    expect(service.computed).toBe(before + 2);
  });

  it('evicts the least recently used layout beyond the cache size', async () => {
    const before = service.computed;
    // The cache holds two: `graph` was evicted by the two graphs of the previous test.
    await service.layout(graph);
    expect(service.computed).toBe(before + 1);
  });

  it('answers null for an empty graph and for one larger than maxNodes, leaving those to the client', async () => {
    expect(await service.layout({ nodes: [], edges: [] })).toBeNull();
    const big = { nodes: [...graph.nodes, { id: 'eighth', degree: 0 }], edges: graph.edges };
    expect(await service.layout(big)).toBeNull();
  });

  it('starts a new worker after close', async () => {
    await service.close();
    const positions = await service.layout({
      nodes: [
        { id: 'x', degree: 1 },
        { id: 'y', degree: 1 },
      ],
      edges: [{ source: 'x', target: 'y' }],
    });
    expect(positions).toHaveLength(2);
  });

  it('fails a layout that outgrows the worker memory limit alone, and lays out the next in a new worker', async () => {
    const roomy = new LayoutService({ maxNodes: 5000 });
    try {
      const n = 3000;
      const huge = {
        nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, degree: 3 })),
        edges: Array.from({ length: n * 3 }, (_, i) => ({ source: `n${i % n}`, target: `n${(i * 7919) % n}` })),
      };
      await expect(roomy.layout(huge)).rejects.toThrow(/memory limit/);
      expect(await roomy.layout(graph)).toHaveLength(7);
    } finally {
      await roomy.close();
    }
  });
});
