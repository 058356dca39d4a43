import { afterAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, testApi } from '../support/graphql.ts';

const api = testApi();
afterAll(() => api.close());

interface Answer {
  from: { id: string } | null;
  to: { id: string } | null;
  paths: Array<{ length: number; summary: string }>;
  summary: string | null;
  others: Array<{ id: string }>;
  message: string;
  unrecognized: string[];
  suggestions: Array<{ id: string }>;
}

const RELATE = `query ($question: String!, $maxHops: Int) {
  relate(question: $question, maxHops: $maxHops) { from { id } to { id } others { id } paths { length summary } summary message unrecognized suggestions { id } }
}`;
const relate = async (question: string, maxHops?: number) => dataOf(await api.query<{ relate: Answer }>(RELATE, { question, maxHops })).relate;

describe('relate', () => {
  it.each([
    ['how does Spark relate to HDFS', 'apache-spark', 'hdfs'],
    ['Lambda vs Cloud Functions', 'aws-lambda', 'google-cloud-functions'],
    ['what connects Kubeflow and Docker', 'kubeflow', 'docker'],
    ['spark and hdfs?', 'apache-spark', 'hdfs'],
    ['Compare BigQuery with Athena', 'bigquery', 'amazon-athena'],
    ['relationship between MLflow and Kubeflow', 'mlflow', 'kubeflow'],
    ['How is Structured Streaming related to Spark Streaming?', 'spark-structured-streaming', 'spark-streaming'],
    ['AWS Lambda versus Azure Functions', 'aws-lambda', 'azure-functions'],
    ['kubeflw vs kubernetes', 'kubeflow', 'kubernetes'],
    ['Big Query or Athena?', 'bigquery', 'amazon-athena'],
    ['HDFS & YARN', 'hdfs', 'hadoop-yarn'],
    ["What's the link between Airflow and Argo Workflows", 'apache-airflow', 'argo-workflows'],
    ['MapReduce vs Spark', 'hadoop-mapreduce', 'apache-spark'],
    ['how do Flask and FastAPI compare', 'flask', 'fastapi'],
  ])('reads "%s" as %s and %s and answers with paths', async (question, from, to) => {
    const answer = await relate(question);
    expect(answer.from?.id).toBe(from);
    expect(answer.to?.id).toBe(to);
    expect(answer.unrecognized).toEqual([]);
    expect(answer.message).toMatch(/\.$/);
    if (answer.paths.length > 0) expect(answer.message.startsWith(answer.summary ?? '')).toBe(true);
  });

  it('answers the Spark and HDFS question with the direct relation first', async () => {
    const answer = await relate('how does Spark relate to HDFS');
    expect(answer.paths[0]).toEqual({ length: 1, summary: 'Apache Spark stores data in HDFS.' });
  });

  it('answers "Lambda vs Cloud Functions" with their alternative relation', async () => {
    const answer = await relate('Lambda vs Cloud Functions', 1);
    expect(answer.paths).toEqual([{ length: 1, summary: 'AWS Lambda is an alternative to Google Cloud Functions.' }]);
    expect(answer.summary).toBe(
      'AWS Lambda is an alternative to Google Cloud Functions. Both are in the category Serverless and both are alternatives to Azure Functions.',
    );
    expect(answer.message).toBe(`${answer.summary} That is the only path within 1 relations.`);
  });

  it('names the words it did not recognise, with suggestions when search has any', async () => {
    const answer = await relate('how does Foobarbaz relate to Spark');
    expect(answer).toMatchObject({ from: { id: 'apache-spark' }, to: null, paths: [], unrecognized: ['foobarbaz'] });
    expect(answer.message).toMatch(/^I did not recognise "foobarbaz" \(I found Apache Spark\); /);
  });

  it('suggests what search finds for a word that names nothing', async () => {
    const answer = await relate('how does memory relate to HDFS');
    expect(answer).toMatchObject({ from: { id: 'hdfs' }, to: null, unrecognized: ['memory'] });
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(answer.message).toMatch(/^I did not recognise "memory" \(I found HDFS\); did you mean .+\?$/);
  });

  it('asks for a second name when the question names only one thing, or the same thing twice', async () => {
    expect((await relate('tell me about spark')).message).toBe(
      'I found only Apache Spark; name a second technology, for example "how does Spark relate to HDFS".',
    );
    expect((await relate('spark vs apache spark')).message).toBe(
      'Both names refer to Apache Spark; name two different technologies, for example "how does Spark relate to HDFS".',
    );
    expect((await relate('how does it relate to')).message).toBe(
      'I found no technology names in the question; name two, for example "how does Spark relate to HDFS".',
    );
  });

  it('tells how Spark relates to Hadoop in one paragraph that groups the parts it uses and the MapReduce it replaced', async () => {
    const answer = await relate('how does Spark relate to Hadoop');
    expect(answer.summary).toBe(
      'Apache Spark relates to Apache Hadoop in three ways: it is an upgrade of Hadoop MapReduce, runs on YARN and stores data in HDFS, each of which is part of Apache Hadoop. Both are provided by Apache Software Foundation and both are in the category Distributed processing.',
    );
  });

  it('says which two of three named things it related and offers the third', async () => {
    const answer = await relate('compare kafka and pulsar and flink');
    expect(answer).toMatchObject({ from: { id: 'apache-kafka' }, to: { id: 'apache-pulsar' }, others: [{ id: 'apache-flink' }] });
    expect(answer.message).toMatch(
      / You named 3 things; I related the first two, Apache Kafka and Apache Pulsar, and left out Apache Flink: ask again to relate it\.$/,
    );
  });

  it('answers an empty question with a clear message', async () => {
    const answer = await relate('   ');
    expect(answer).toMatchObject({ from: null, to: null, paths: [], summary: null });
    expect(answer.message).toBe('The question is empty; name two technologies, for example "how does Spark relate to HDFS".');
  });

  it('refuses to exclude a named end, in its name rather than its id', async () => {
    const response = await api.query(`query { relate(question: "Spark and HDFS", excludeNodes: ["hdfs"]) { message } }`);
    expect(errorOf(response)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'HDFS is an end of the path, so it cannot be excluded; remove it from excludeNodes.',
    });
  });

  it('refuses a question longer than 300 characters', async () => {
    expect(errorOf(await api.query(RELATE, { question: 'spark '.repeat(60) })).code).toBe('BAD_USER_INPUT');
  });
});
