import { describe, expect, it } from 'vitest';
import type { GraphData, GraphNode } from '../../../../web/src/graph/model.ts';
import { overviewIds } from '../../../../web/src/graph/overview.ts';

const node = (id: string, label: GraphNode['label'] = 'Technology'): GraphNode => ({
  id,
  name: id.toUpperCase(),
  kind: 'tool',
  label,
  degree: 0,
  firstRelease: null,
  vendor: null,
  categoryIds: [],
});
const edge = (source: string, target: string) => ({
  id: `${source}|RUNS_ON|${target}`,
  type: 'RUNS_ON' as const,
  source,
  target,
  note: '',
  citation: 'seed-notes',
  symmetric: false,
});

describe('overviewIds', () => {
  it('keeps the technologies with the most relations, ties broken by name, and no vendors', () => {
    const data: GraphData = {
      nodes: [node('a'), node('b'), node('c'), node('d'), node('v', 'Vendor')],
      edges: [edge('a', 'b'), edge('a', 'c'), edge('a', 'v'), edge('d', 'v'), edge('c', 'd')],
    };
    expect([...overviewIds(data, 2)]).toEqual(['a', 'c']);
    expect(overviewIds(data, 10).has('v')).toBe(false);
  });
});
