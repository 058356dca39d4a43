import type { ApiNode, ApiRelation } from '../api/graph-queries.ts';

/** A few nodes and relations shaped exactly like the Graph query's answer, for pure tests. */
export function technology(
  id: string,
  name: string,
  categories: string[],
  degree = 3,
  vendor: string | null = null,
  firstRelease: number | null = null,
): ApiNode {
  return {
    __typename: 'Technology',
    id,
    name,
    kind: 'open-source-project',
    degree,
    firstRelease,
    vendor: vendor ? { id: vendor, name: vendor.toUpperCase() } : null,
    categories: categories.map((c) => ({ id: c, name: c })),
  };
}

export function relation(fromId: string, type: ApiRelation['type'], toId: string, symmetric = false): ApiRelation {
  return { id: `${fromId}|${type}|${toId}`, type, fromId, toId, note: `${fromId} ${type} ${toId}`, source: 'seed-notes', symmetric };
}

export const sampleNodes: ApiNode[] = [
  technology('apache-spark', 'Apache Spark', ['distributed-processing'], 30, 'apache', 2014),
  technology('hdfs', 'HDFS', ['distributed-file-system'], 12, 'apache', 2006),
  technology('hadoop-yarn', 'Hadoop YARN', ['resource-management'], 8, 'apache', 2012),
  technology('apache-flink', 'Apache Flink', ['stream-processing', 'distributed-processing'], 10, 'apache', 2011),
  technology('hadoop-mapreduce', 'Hadoop MapReduce', ['distributed-processing'], 5, 'apache', 2006),
  technology('aws-lambda', 'AWS Lambda', ['serverless'], 6, 'aws', 2014),
];

export const sampleRelations: ApiRelation[] = [
  relation('apache-spark', 'STORES_DATA_IN', 'hdfs'),
  relation('apache-spark', 'RUNS_ON', 'hadoop-yarn'),
  relation('apache-spark', 'ALTERNATIVE_TO', 'apache-flink', true),
  relation('apache-spark', 'UPGRADE_OF', 'hadoop-mapreduce'),
  relation('apache-flink', 'RUNS_ON', 'hadoop-yarn'),
];
