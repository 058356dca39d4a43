import { describe, expect, it } from 'vitest';
import { connectionSummary, type SummaryPath } from '../../../server/src/domain/connection-summary.ts';

const n = (id: string, name = id) => ({ id, name });
const spark = n('apache-spark', 'Apache Spark');
const hadoop = n('apache-hadoop', 'Apache Hadoop');
const via = (middle: { id: string; name: string }, type: string, score: number): SummaryPath => ({
  nodes: [spark, middle, hadoop],
  steps: [
    { type, fromId: spark.id, toId: middle.id, note: '' },
    { type: 'PART_OF', fromId: middle.id, toId: hadoop.id, note: '' },
  ],
  viaHub: false,
  score,
  strength: 'STRONG',
});
const none = { categories: [], vendors: [], alternatives: [] };

describe('connectionSummary', () => {
  it('groups paths that reach the end the same way into one clause', () => {
    const paths = [
      via(n('hadoop-mapreduce', 'Hadoop MapReduce'), 'UPGRADE_OF', 0.63),
      via(n('hadoop-yarn', 'YARN'), 'RUNS_ON', 0.62),
      via(n('hdfs', 'HDFS'), 'STORES_DATA_IN', 0.59),
    ];
    expect(connectionSummary(spark, hadoop, paths, none)).toBe(
      'Apache Spark relates to Apache Hadoop in three ways: it is an upgrade of Hadoop MapReduce, runs on YARN and stores data in HDFS, each of which is part of Apache Hadoop.',
    );
  });

  it('tells only paths scoring close to the best', () => {
    const paths = [via(n('hadoop-yarn', 'YARN'), 'RUNS_ON', 0.62), via(n('emr', 'Amazon EMR'), 'RUNS_ON', 0.3)];
    expect(connectionSummary(spark, hadoop, paths, none)).toBe('Apache Spark runs on YARN, which is part of Apache Hadoop.');
  });

  it('adds what the two share: vendor, categories and alternatives', () => {
    const paths = [via(n('hadoop-yarn', 'YARN'), 'RUNS_ON', 0.62)];
    const shared = { vendors: [n('apache', 'Apache Software Foundation')], categories: [n('dp', 'Distributed processing')], alternatives: [n('dask', 'Dask')] };
    expect(connectionSummary(spark, hadoop, paths, shared)).toBe(
      'Apache Spark runs on YARN, which is part of Apache Hadoop. Both are provided by Apache Software Foundation, both are in the category Distributed processing and both are alternatives to Dask.',
    );
  });

  it('says when the only connection is through a hub, and when there is none', () => {
    const python = n('python', 'Python');
    const hubPath: SummaryPath = {
      nodes: [spark, python, hadoop],
      steps: [
        { type: 'OFFERS_API_IN', fromId: spark.id, toId: python.id, note: '' },
        { type: 'OFFERS_API_IN', fromId: hadoop.id, toId: python.id, note: '' },
      ],
      viaHub: true,
      score: 0.2,
      strength: 'WEAK',
    };
    expect(connectionSummary(spark, hadoop, [hubPath], none)).toBe(
      'Apache Spark and Apache Hadoop connect only through a generic hub: Apache Spark offers an API in Python, which is an API language of Apache Hadoop.',
    );
    expect(connectionSummary(spark, hadoop, [], none)).toBe('Apache Spark and Apache Hadoop are not connected by the relations searched.');
  });

  it('reads a step of parallel relations with the node named once, also inside a group', () => {
    const yarn = n('hadoop-yarn', 'YARN');
    const parallel: SummaryPath = {
      ...via(yarn, 'RUNS_ON', 0.62),
      steps: [
        [
          { type: 'RUNS_ON', fromId: spark.id, toId: yarn.id, note: '' },
          { type: 'INTEGRATES_WITH', fromId: spark.id, toId: yarn.id, note: '' },
        ],
        { type: 'PART_OF', fromId: yarn.id, toId: hadoop.id, note: '' },
      ],
    };
    expect(connectionSummary(spark, hadoop, [parallel], none)).toBe('Apache Spark runs on YARN and integrates with it, which is part of Apache Hadoop.');
    expect(connectionSummary(spark, hadoop, [parallel, via(n('hdfs', 'HDFS'), 'STORES_DATA_IN', 0.6)], none)).toBe(
      'Apache Spark relates to Apache Hadoop in two ways: it runs on YARN and integrates with it, and stores data in HDFS, each of which is part of Apache Hadoop.',
    );
  });
});
