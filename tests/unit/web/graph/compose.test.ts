import { describe, expect, it } from 'vitest';
import { visibleGraph } from '../../../../web/src/graph/compose.ts';
import { noFilters } from '../../../../web/src/graph/filters.ts';
import { graphFromApi } from '../../../../web/src/graph/model.ts';
import { sampleNodes, sampleRelations } from '../../../fixtures/graph-data.ts';

const base = graphFromApi(sampleNodes, sampleRelations);
const ids = (data: { nodes: { id: string }[] }) => data.nodes.map((n) => n.id).sort();

describe('visibleGraph', () => {
  it('starts from the given nodes, adds the extra ones, and draws every curated relation among them', () => {
    const visible = visibleGraph({ base, start: new Set(['apache-spark']), extra: ['hdfs'], expansions: [], filters: noFilters, hidden: [] });
    expect(ids(visible)).toEqual(['apache-spark', 'hdfs']);
    expect(visible.edges.map((e) => e.id)).toContain('apache-spark|STORES_DATA_IN|hdfs');
  });

  it('draws nothing but expansions when the scene starts empty', () => {
    const expansion = { nodes: base.nodes.filter((n) => n.id === 'hdfs'), edges: [] };
    expect(ids(visibleGraph({ base, start: new Set(), expansions: [expansion], filters: noFilters, hidden: [] }))).toEqual(['hdfs']);
  });
});
