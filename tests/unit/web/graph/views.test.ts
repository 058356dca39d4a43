import { describe, expect, it } from 'vitest';
import { compareRelations } from '../../../../web/src/graph/compare.ts';
import { cloudColumns } from '../../../../web/src/graph/equivalents.ts';
import { lineageChains, lineageElements } from '../../../../web/src/graph/lineage.ts';
import { graphFromApi } from '../../../../web/src/graph/model.ts';
import { groupRelations, type RelationLike } from '../../../../web/src/graph/relation-groups.ts';
import { relation, sampleNodes, sampleRelations, technology } from '../../../fixtures/graph-data.ts';

function rel(fromId: string, type: RelationLike['type'], toId: string, symmetric = false): RelationLike {
  return { ...relation(fromId, type, toId, symmetric), from: { id: fromId, name: fromId, kind: 'x' }, to: { id: toId, name: toId, kind: 'x' } };
}

const vocabulary = [
  { type: 'RUNS_ON' as const, phrase: 'runs on', inverse: 'runs', description: '', symmetric: false, derived: false },
  { type: 'ALTERNATIVE_TO' as const, phrase: 'is an alternative to', inverse: 'is an alternative to', description: '', symmetric: true, derived: false },
];

describe('relation groups', () => {
  it('reads outgoing relations with the phrase and incoming ones with the inverse', () => {
    const groups = groupRelations(
      'hadoop-yarn',
      [rel('hadoop-yarn', 'RUNS_ON', 'jvm'), rel('apache-spark', 'RUNS_ON', 'hadoop-yarn'), rel('apache-flink', 'RUNS_ON', 'hadoop-yarn')],
      vocabulary,
    );
    expect(groups.map((g) => g.heading)).toEqual(['runs on', 'runs']);
    expect(groups[1]?.items.map((i) => i.other.id)).toEqual(['apache-flink', 'apache-spark']);
  });

  it('reads a symmetric relation the same way from both ends', () => {
    const groups = groupRelations('apache-flink', [rel('apache-spark', 'ALTERNATIVE_TO', 'apache-flink', true)], vocabulary);
    expect(groups[0]?.heading).toBe('is an alternative to');
    expect(groups[0]?.items[0]?.other.id).toBe('apache-spark');
  });
});

describe('comparison', () => {
  it('splits relations into shared and own, by type, direction and other end', () => {
    const spark = {
      id: 'apache-spark',
      relations: [
        rel('apache-spark', 'RUNS_ON', 'hadoop-yarn'),
        rel('apache-spark', 'RUNS_ON', 'kubernetes'),
        rel('apache-spark', 'ALTERNATIVE_TO', 'apache-flink', true),
      ],
    };
    const flink = {
      id: 'apache-flink',
      relations: [
        rel('apache-flink', 'RUNS_ON', 'hadoop-yarn'),
        rel('hadoop-yarn', 'RUNS_ON', 'apache-flink'),
        rel('apache-spark', 'ALTERNATIVE_TO', 'apache-flink', true),
      ],
    };
    const result = compareRelations(spark, flink);
    expect(result.shared.map((r) => r.other.id)).toEqual(['hadoop-yarn']);
    expect(result.onlyA.map((r) => r.other.id)).toEqual(['kubernetes']);
    expect(result.onlyB.map((r) => `${r.outgoing ? 'out' : 'in'}:${r.other.id}`)).toEqual(['in:hadoop-yarn']);
    expect(result.between).toHaveLength(1);
  });
});

describe('upgrade lineage', () => {
  const data = graphFromApi(
    [...sampleNodes, technology('apache-spark-4', 'Spark 4', ['distributed-processing'], 2, 'apache', 2025)],
    [...sampleRelations, relation('apache-spark-4', 'UPGRADE_OF', 'apache-spark')],
  );

  it('keeps only upgrade relations and orders each family by first release', () => {
    const chains = lineageChains(data);
    expect(chains).toHaveLength(1);
    expect(chains[0]?.map((n) => n.id)).toEqual(['hadoop-mapreduce', 'apache-spark', 'apache-spark-4']);
  });

  it('points lineage arrows from the older technology to its upgrade and gives every node its year', () => {
    const elements = lineageElements(data, { categoryColors: new Map(), neutralColor: '#888' });
    const first = elements.find((e) => e.data.id === 'apache-spark|UPGRADE_OF|hadoop-mapreduce');
    expect(first?.data).toMatchObject({ source: 'hadoop-mapreduce', target: 'apache-spark', years: 8 });
    const spark = elements.find((n) => n.data.id === 'apache-spark');
    expect(spark?.data).toMatchObject({ label: 'Apache Spark (2014)', year: 2014, column: 1 });
    expect(elements.find((n) => n.data.id === 'apache-spark-4')?.data.column).toBe(2);
  });
});

describe('cloud columns', () => {
  it('puts the chosen service and its equivalents under AWS, Google Cloud and Azure', () => {
    const service = (id: string, vendor: string | null) => ({ id, name: id, description: '', vendor: vendor ? { id: vendor, name: vendor } : null });
    const columns = cloudColumns(service('aws-lambda', 'aws'), [
      service('google-cloud-functions', 'google-cloud'),
      service('azure-functions', 'microsoft-azure'),
    ]);
    expect(columns.map((c) => [c.name, c.services.map((s) => s.id)])).toEqual([
      ['AWS', ['aws-lambda']],
      ['Google Cloud', ['google-cloud-functions']],
      ['Azure', ['azure-functions']],
    ]);
    expect(cloudColumns(service('x', null), []).at(-1)?.name).toBe('Elsewhere');
  });
});
