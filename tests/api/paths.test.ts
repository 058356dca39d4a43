import { afterAll, describe, expect, it } from 'vitest';
import { countingDb, dataOf, errorOf, testApi } from '../support/graphql.ts';

const db = countingDb();
const api = testApi({ db });
afterAll(() => api.close());

interface PathData {
  length: number;
  summary: string;
  explanation: string;
  nodes: Array<{ id: string }>;
  relations: Array<{ type: string; fromId: string; toId: string; note: string }>;
}

const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $relationTypes: [RelationType!], $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes, first: $first) {
    length summary explanation nodes { id } relations { type fromId toId note }
  }
}`;

const paths = async (variables: Record<string, unknown>) => dataOf(await api.query<{ paths: PathData[] }>(PATHS, variables)).paths;

describe('paths', () => {
  it('returns the direct Spark to HDFS relation first, explained with its note', async () => {
    const [first] = await paths({ from: 'apache-spark', to: 'hdfs' });
    expect(first).toMatchObject({
      length: 1,
      nodes: [{ id: 'apache-spark' }, { id: 'hdfs' }],
      relations: [{ type: 'STORES_DATA_IN', fromId: 'apache-spark', toId: 'hdfs' }],
      summary: 'Apache Spark stores data in HDFS.',
    });
    expect(first?.explanation).toBe(`Apache Spark stores data in HDFS. ${first?.relations[0]?.note}`);
  });

  it('follows with longer simple paths, among them Spark on YARN, part of Hadoop, which also includes HDFS', async () => {
    const found = await paths({ from: 'apache-spark', to: 'hdfs', maxHops: 3, relationTypes: ['RUNS_ON', 'PART_OF', 'STORES_DATA_IN'], first: 20 });
    const lengths = found.map((p) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    const viaHadoop = found.find((p) => p.summary === 'Apache Spark runs on YARN, which is part of Apache Hadoop, which also includes HDFS.');
    expect(viaHadoop).toMatchObject({
      length: 3,
      nodes: [{ id: 'apache-spark' }, { id: 'hadoop-yarn' }, { id: 'apache-hadoop' }, { id: 'hdfs' }],
      relations: [
        { type: 'RUNS_ON', fromId: 'apache-spark', toId: 'hadoop-yarn' },
        { type: 'PART_OF', fromId: 'hadoop-yarn', toId: 'apache-hadoop' },
        { type: 'PART_OF', fromId: 'hdfs', toId: 'apache-hadoop' },
      ],
    });
    for (const path of found) expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
  });

  it('finds Structured Streaming as the upgrade of Spark Streaming', async () => {
    expect(await paths({ from: 'spark-structured-streaming', to: 'spark-streaming', maxHops: 1 })).toMatchObject([
      {
        length: 1,
        summary: 'Structured Streaming is an upgrade of Spark Streaming.',
        relations: [{ type: 'UPGRADE_OF', fromId: 'spark-structured-streaming', toId: 'spark-streaming' }],
      },
    ]);
  });

  it('walks a relation backwards but reports its true direction', async () => {
    const [path] = await paths({ from: 'spark-streaming', to: 'spark-structured-streaming', maxHops: 1 });
    expect(path?.summary).toBe('Spark Streaming was upgraded by Structured Streaming.');
    expect(path?.relations[0]).toMatchObject({ fromId: 'spark-structured-streaming', toId: 'spark-streaming' });
  });

  it('finds Lambda and Cloud Functions as alternatives', async () => {
    const [path] = await paths({ from: 'aws-lambda', to: 'google-cloud-functions', maxHops: 1 });
    expect(path).toMatchObject({ length: 1, summary: 'AWS Lambda is an alternative to Google Cloud Functions.', relations: [{ type: 'ALTERNATIVE_TO' }] });
  });

  it('leaves out the derived vendor and category relations unless they are asked for', async () => {
    const byDefault = await paths({ from: 'aws-lambda', to: 'amazon-athena', maxHops: 2, first: 20 });
    expect(byDefault.flatMap((p) => p.relations.map((r) => r.type))).not.toContain('PROVIDED_BY');
    const viaVendor = await paths({ from: 'aws-lambda', to: 'amazon-athena', maxHops: 2, relationTypes: ['PROVIDED_BY'] });
    expect(viaVendor).toMatchObject([
      {
        length: 2,
        nodes: [{ id: 'aws-lambda' }, { id: 'aws' }, { id: 'amazon-athena' }],
        summary: 'AWS Lambda is provided by Amazon Web Services, which also provides Amazon Athena.',
      },
    ]);
  });

  it('asks the bidirectional shortest-path search first and SHORTEST k only when it found too few', async () => {
    const sent = async (first: number) => {
      db.texts = [];
      await paths({ from: 'apache-spark', to: 'hdfs', first });
      return db.texts.filter((t) => /allShortestPaths|SHORTEST \d/.test(t)).map((t) => (t.includes('allShortestPaths') ? 'all shortest' : 'SHORTEST k'));
    };
    // One direct relation is the only shortest path: enough for one answer, too few for three.
    expect(await sent(1)).toEqual(['all shortest']);
    expect(await sent(3)).toEqual(['all shortest', 'SHORTEST k']);
  });

  it('returns at most first paths and an empty list when nothing connects within maxHops', async () => {
    expect(await paths({ from: 'apache-spark', to: 'hdfs', maxHops: 4, first: 2 })).toHaveLength(2);
    expect(await paths({ from: 'spark-structured-streaming', to: 'hdfs', maxHops: 1 })).toEqual([]);
  });

  it.each([0, 7])('refuses maxHops = %i with the allowed range', async (maxHops) => {
    expect(errorOf(await api.query(PATHS, { from: 'apache-spark', to: 'hdfs', maxHops }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'maxHops must be a whole number from 1 to 6; change maxHops and try again.',
    });
  });

  it.each([0, 21])('refuses first = %i with the allowed range', async (first) => {
    expect(errorOf(await api.query(PATHS, { from: 'apache-spark', to: 'hdfs', first }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'first must be a whole number from 1 to 20; change first and try again.',
    });
  });

  it('says which id is unknown', async () => {
    expect(errorOf(await api.query(PATHS, { from: 'apache-spark', to: 'no-such-thing' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'No node has the id "no-such-thing"; look the name up with search and use its id.',
    });
  });

  it('refuses the same id at both ends', async () => {
    expect(errorOf(await api.query(PATHS, { from: 'hdfs', to: 'hdfs' }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'from and to are both "hdfs"; give two different ids to find paths between.',
    });
  });

  it('rejects a relation type outside the vocabulary before running anything', async () => {
    const response = await api.query(PATHS, { from: 'apache-spark', to: 'hdfs', relationTypes: ['KNOWS'] });
    expect(response.errors?.[0]?.message).toMatch(/RelationType/);
  });
});
