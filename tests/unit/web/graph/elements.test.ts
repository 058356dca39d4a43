import { describe, expect, it } from 'vitest';
import { labelSize, nodeSize } from '../../../../schema/model/drawing.ts';
import { toElements } from '../../../../web/src/graph/elements.ts';
import { graphFromApi } from '../../../../web/src/graph/model.ts';
import { categoryPalette } from '../../../../web/src/graph/palette.ts';
import { sampleNodes, sampleRelations } from '../../../fixtures/graph-data.ts';

const data = graphFromApi(sampleNodes, sampleRelations);
const categoryColors = categoryPalette(
  ['distributed-processing', 'distributed-file-system', 'resource-management', 'stream-processing', 'serverless'],
  'light',
);
const options = { categoryColors, neutralColor: '#888888' };

describe('toElements', () => {
  it('makes one node per technology and one edge per relation, keeping ids and true direction', () => {
    const elements = toElements(data, options);
    expect(elements.filter((e) => e.group === 'nodes')).toHaveLength(6);
    const edge = elements.find((e) => e.data.id === 'apache-spark|STORES_DATA_IN|hdfs');
    expect(edge?.data).toMatchObject({ source: 'apache-spark', target: 'hdfs', type: 'STORES_DATA_IN' });
  });

  it('colours a technology by its first category', () => {
    const flink = toElements(data, options).find((e) => e.data.id === 'apache-flink');
    expect(flink?.data.color).toBe(categoryColors.get('stream-processing'));
  });

  it('falls back to the neutral colour for a node without categories', () => {
    const bare = graphFromApi([{ __typename: 'Vendor', id: 'aws', name: 'AWS', kind: 'vendor', degree: 40 }], []);
    expect(toElements(bare, options)[0]?.data.color).toBe('#888888');
    expect(toElements(bare, options)[0]?.classes).toContain('vendor');
  });

  it('sizes nodes and labels by degree, within bounds', () => {
    expect(nodeSize(0)).toBeLessThan(nodeSize(4));
    expect(nodeSize(4)).toBeLessThan(nodeSize(30));
    expect(nodeSize(10_000)).toBe(72);
    expect(labelSize(30)).toBeGreaterThan(labelSize(1));
    const spark = toElements(data, options).find((e) => e.data.id === 'apache-spark');
    expect(spark?.data.size).toBe(nodeSize(30));
  });

  it('marks symmetric relations undirected and the others directed', () => {
    const elements = toElements(data, options);
    expect(elements.find((e) => e.data.type === 'ALTERNATIVE_TO')?.classes).toBe('symmetric');
    expect(elements.find((e) => e.data.type === 'RUNS_ON')?.classes).toBe('directed');
    expect(elements.find((e) => e.data.type === 'ALTERNATIVE_TO')?.data.line).toBe('dashed');
  });

  it('labels edges with the phrase of their type when one is given', () => {
    const elements = toElements(data, { ...options, phrases: new Map([['RUNS_ON', 'runs on']]) });
    expect(elements.find((e) => e.data.type === 'RUNS_ON')?.data.label).toBe('runs on');
    expect(elements.find((e) => e.data.type === 'PART_OF' || e.data.type === 'STORES_DATA_IN')?.data.label).toBe('stores data in');
  });

  it('adds "+N more" to a node whose neighbours were capped', () => {
    const spark = toElements(data, { ...options, omitted: new Map([['apache-spark', 12]]) }).find((e) => e.data.id === 'apache-spark');
    expect(spark?.data.label).toBe('Apache Spark\n+12 more');
    expect(spark?.classes).toContain('has-more');
  });
});
