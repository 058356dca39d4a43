import { afterAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, testApi } from '../support/graphql.ts';

const api = testApi();
afterAll(() => api.close());

interface Stack {
  members: Array<{ id: string }>;
  relations: Array<{ id: string; fromId: string; toId: string; type: string }>;
  connectors: Array<{ id: string; name: string }>;
  overlaps: Array<{ a: { id: string }; b: { id: string }; reason: string }>;
  isolated: Array<{ id: string }>;
  summary: string;
}

const STACK = `query ($ids: [ID!]!) {
  stack(ids: $ids) { members { id } relations { id fromId toId type } connectors { id name } overlaps { a { id } b { id } reason } isolated { id } summary }
}`;
const stack = async (ids: string[]) => dataOf(await api.query<{ stack: Stack }>(STACK, { ids })).stack;
const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);

describe('stack', () => {
  it('connects Kafka, Spark, S3 and Airflow through Structured Streaming and sums them up', async () => {
    const s = await stack(['apache-kafka', 'apache-spark', 'amazon-s3', 'apache-airflow']);
    expect(ids(s.members)).toEqual(['apache-kafka', 'apache-spark', 'amazon-s3', 'apache-airflow']);
    expect(ids(s.connectors)).toEqual(['spark-structured-streaming']);
    expect(ids(s.isolated)).toEqual([]);
    expect(ids(s.relations)).toEqual(
      expect.arrayContaining([
        'apache-airflow|INTEGRATES_WITH|apache-spark',
        'apache-spark|STORES_DATA_IN|amazon-s3',
        'spark-structured-streaming|INTEGRATES_WITH|apache-kafka',
        'spark-structured-streaming|PART_OF|apache-spark',
      ]),
    );
    expect(s.summary).toMatch(/^Apache Kafka, Apache Spark, Amazon S3 and Apache Airflow fit together through 1 connector: Structured Streaming\. /);
    expect(s.summary).toContain('Apache Spark stores data in Amazon S3');
  });

  it('returns only relations whose two ends are members or connectors, and no language links', async () => {
    const s = await stack(['apache-kafka', 'apache-spark', 'amazon-s3', 'apache-airflow']);
    const inside = new Set([...ids(s.members), ...ids(s.connectors)]);
    expect(s.relations.length).toBeGreaterThan(0);
    for (const r of s.relations) {
      expect(inside.has(r.fromId) && inside.has(r.toId)).toBe(true);
      expect(['WRITTEN_IN', 'OFFERS_API_IN', 'PROVIDED_BY', 'IN_CATEGORY']).not.toContain(r.type);
    }
  });

  it('finds YARN as the connector between Spark and Hadoop', async () => {
    const s = await stack(['apache-spark', 'apache-hadoop']);
    expect(ids(s.connectors)).toEqual(['hadoop-yarn']);
  });

  it('flags recorded alternatives and upgrades among the members as overlaps, with their reasons', async () => {
    const s = await stack(['apache-kafka', 'amazon-kinesis-data-streams', 'apache-spark', 'hadoop-mapreduce']);
    const pairs = s.overlaps.map((o) => [o.a.id, o.b.id].sort().join(' + '));
    expect(pairs).toEqual(['amazon-kinesis-data-streams + apache-kafka', 'apache-spark + hadoop-mapreduce']);
    expect(s.overlaps[0]!.reason).toMatch(/are recorded as alternatives/);
    expect(s.overlaps[1]!.reason).toMatch(/^Apache Spark is an upgrade of Hadoop MapReduce/);
    expect(s.summary).toMatch(/Possibly redundant: /);
  });

  it('does not call a broker and a processing engine redundant for sharing one category', async () => {
    const s = await stack(['apache-kafka', 'apache-spark']);
    expect(s.overlaps).toEqual([]);
  });

  it('flags a member with no path to the others within 3 relations as isolated', async () => {
    const s = await stack(['apache-spark', 'hdfs', 'django']);
    expect(ids(s.isolated)).toEqual(['django']);
    expect(s.summary).toMatch(/Django has no path to the rest within 3 relations\.$/);
  });

  it('refuses fewer than 2 or more than 20 members, repeated ids, and ids that are not technologies', async () => {
    const tooMany = Array.from({ length: 21 }, (_, i) => `tech-${i}`);
    expect(errorOf(await api.query(STACK, { ids: ['apache-spark'] }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'ids must list 2 to 20 technologies; add or remove ids and try again.',
    });
    expect(errorOf(await api.query(STACK, { ids: tooMany })).message).toBe('ids must list 2 to 20 technologies; add or remove ids and try again.');
    expect(errorOf(await api.query(STACK, { ids: ['apache-spark', 'apache-spark'] })).message).toBe(
      'ids lists "apache-spark" more than once; give each technology once.',
    );
    expect(errorOf(await api.query(STACK, { ids: ['apache-spark', 'aws'] }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: '"aws" is a vendor, not a technology; give technology ids only.',
    });
  });

  it('names every unknown id in one NOT_FOUND error', async () => {
    expect(errorOf(await api.query(STACK, { ids: ['apache-spark', 'no-such-thing', 'nor-this'] }))).toEqual({
      code: 'NOT_FOUND',
      message: 'No technology has the id "no-such-thing" or "nor-this"; look the name up with search and use its id.',
    });
  });
});

interface Translation {
  from: { id: string };
  to: { id: string } | null;
  reason: string;
}

const TRANSLATE = `query ($ids: [ID!]!, $to: ID!) { translateStack(ids: $ids, to: $to) { from { id } to { id } reason } }`;
const translate = async (list: string[], to: string) => dataOf(await api.query<{ translateStack: Translation[] }>(TRANSLATE, { ids: list, to })).translateStack;

describe('translateStack', () => {
  it('translates an AWS stack to Google Cloud member by member, null where nothing is recorded', async () => {
    const result = await translate(['amazon-emr', 'amazon-s3', 'amazon-mwaa', 'amazon-kinesis-data-streams', 'amazon-data-firehose'], 'google-cloud');
    expect(result.map((t) => [t.from.id, t.to?.id ?? null])).toEqual([
      ['amazon-emr', 'google-cloud-dataproc'],
      ['amazon-s3', 'google-cloud-storage'],
      ['amazon-mwaa', 'google-cloud-composer'],
      ['amazon-kinesis-data-streams', 'google-cloud-pubsub'],
      ['amazon-data-firehose', null],
    ]);
    expect(result[0]!.reason).toBe(
      'Google Cloud Dataproc is the Google Cloud equivalent of Amazon EMR: recorded as alternatives, and both are managed versions of Apache Hadoop and Apache Spark.',
    );
    expect(result[4]!.reason).toBe('No equivalent recorded on Google Cloud for Amazon Data Firehose.');
  });

  it('keeps portable open-source members as they are, mentioning a managed version there', async () => {
    const [kafka, airflow] = await translate(['apache-kafka', 'apache-airflow'], 'google-cloud');
    expect(kafka).toEqual({
      from: { id: 'apache-kafka' },
      to: { id: 'apache-kafka' },
      reason:
        'Apache Kafka is open source (Apache-2.0) and not tied to one cloud, so it runs on Google Cloud as it is; Google Cloud also offers it managed as Google Cloud Managed Service for Apache Kafka.',
    });
    expect(airflow!.to?.id).toBe('apache-airflow');
    expect(airflow!.reason).toMatch(/; Google Cloud also offers it managed as Google Cloud Composer\.$/);
  });

  it('keeps a member that is already on the target cloud', async () => {
    const [s3] = await translate(['amazon-s3'], 'aws');
    expect(s3).toEqual({ from: { id: 'amazon-s3' }, to: { id: 'amazon-s3' }, reason: 'Amazon S3 is already on AWS.' });
  });

  it('refuses an unknown cloud, naming the three it accepts', async () => {
    expect(errorOf(await api.query(TRANSLATE, { ids: ['amazon-s3'], to: 'oracle' }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'to must be a cloud vendor id, one of "aws", "google-cloud" and "microsoft-azure"; "oracle" is not one of them.',
    });
  });

  it('refuses an unknown member id and more than 20 members', async () => {
    expect(errorOf(await api.query(TRANSLATE, { ids: ['amazon-s3', 'nope'], to: 'aws' })).code).toBe('NOT_FOUND');
    const tooMany = Array.from({ length: 21 }, (_, i) => `tech-${i}`);
    expect(errorOf(await api.query(TRANSLATE, { ids: tooMany, to: 'aws' })).message).toBe(
      'ids must list 1 to 20 technologies; add or remove ids and try again.',
    );
  });
});

describe('the cost limit on stacks', () => {
  const twenty = ['apache-kafka', 'apache-spark', 'amazon-s3', 'apache-airflow', 'hdfs', 'hadoop-yarn', 'apache-hadoop', 'kubernetes', 'docker', 'python'];
  const big = [...twenty, 'apache-flink', 'trino', 'apache-hive', 'delta-lake', 'apache-iceberg', 'dbt', 'snowflake', 'bigquery', 'mlflow', 'kubeflow'];

  it('refuses three 20-member stacks behind aliases before running any of them', async () => {
    const query = `query ($ids: [ID!]!) { a: stack(ids: $ids) { summary } b: stack(ids: $ids) { summary } c: stack(ids: $ids) { summary } }`;
    const response = await api.query(query, { ids: big });
    expect(response.data ?? null).toBeNull();
    expect(errorOf(response)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'This request asks for about 570 path searches, more than the 400 allowed; send fewer or smaller stacks per request.',
    });
  });

  it('still answers one 20-member stack', async () => {
    const s = await stack(big);
    expect(s.members).toHaveLength(20);
  });
});
