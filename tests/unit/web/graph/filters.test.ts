import { describe, expect, it } from 'vitest';
import { visibleGraph } from '../../../../web/src/graph/compose.ts';
import { applyFilters, legendEntries, noFilters, toggleIn, vendorEntries } from '../../../../web/src/graph/filters.ts';
import { graphFromApi } from '../../../../web/src/graph/model.ts';
import { sampleNodes, sampleRelations } from '../../../fixtures/graph-data.ts';

const data = graphFromApi(sampleNodes, sampleRelations);
const ids = (graph: { nodes: { id: string }[] }) => graph.nodes.map((n) => n.id).sort();

describe('filters', () => {
  it('hides a technology only when all of its categories are hidden', () => {
    const filtered = applyFilters(data, { ...noFilters, hiddenCategories: ['distributed-processing'] });
    expect(ids(filtered)).not.toContain('apache-spark');
    expect(ids(filtered)).toContain('apache-flink');
  });

  it('drops relations of hidden types and relations whose ends are gone', () => {
    const filtered = applyFilters(data, { ...noFilters, hiddenRelationTypes: ['RUNS_ON'], hiddenCategories: ['distributed-file-system'] });
    expect(filtered.edges.map((e) => e.type).sort()).toEqual(['ALTERNATIVE_TO', 'UPGRADE_OF']);
  });

  it('hides the technologies of a hidden vendor', () => {
    expect(ids(applyFilters(data, { ...noFilters, hiddenVendors: ['aws'] }))).not.toContain('aws-lambda');
  });

  it('builds the legend from what is drawn, most common first', () => {
    const legend = legendEntries(data, new Map([['distributed-processing', 'Distributed processing']]), new Map([['distributed-processing', '#123456']]));
    expect(legend[0]).toEqual({ id: 'distributed-processing', name: 'Distributed processing', color: '#123456', count: 2 });
    const shrunk = legendEntries(applyFilters(data, { ...noFilters, hiddenVendors: ['aws'] }), new Map(), new Map());
    expect(shrunk.map((e) => e.id)).not.toContain('serverless');
  });

  it('counts vendors by technologies', () => {
    expect(vendorEntries(data)[0]).toMatchObject({ id: 'apache', count: 5 });
  });

  it('toggles ids and keeps the list sorted', () => {
    expect(toggleIn(['b'], 'a')).toEqual(['a', 'b']);
    expect(toggleIn(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('always draws the current path, even through filtered-out technologies, but not hidden nodes off the path', () => {
    const path = { nodes: data.nodes.filter((n) => n.id === 'apache-spark' || n.id === 'hdfs'), edges: data.edges.slice(0, 1) };
    const visible = visibleGraph({
      base: data,
      expansions: [],
      path,
      filters: { ...noFilters, hiddenCategories: ['distributed-processing', 'distributed-file-system'] },
      hidden: ['hdfs', 'aws-lambda'],
    });
    expect(ids(visible)).toContain('apache-spark');
    expect(ids(visible)).toContain('hdfs');
    expect(ids(visible)).not.toContain('aws-lambda');
    expect(visible.edges.map((e) => e.id)).toContain('apache-spark|STORES_DATA_IN|hdfs');
  });
});
