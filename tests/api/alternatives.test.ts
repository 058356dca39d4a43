import { afterAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, testApi } from '../support/graphql.ts';

const api = testApi();
afterAll(() => api.close());

interface Alternative {
  technology: { id: string; openSource: boolean; status: string; statusSince: number | null };
  reason: string;
}

const ALTERNATIVES = `query ($to: ID!, $runsOn: ID, $openSource: Boolean, $category: ID, $vendor: ID, $activeOnly: Boolean, $first: Int) {
  alternatives(to: $to, runsOn: $runsOn, openSource: $openSource, category: $category, vendor: $vendor, activeOnly: $activeOnly, first: $first) {
    technology { id openSource status statusSince }
    reason
  }
}`;
const alternatives = async (variables: Record<string, unknown>) =>
  dataOf(await api.query<{ alternatives: Alternative[] }>(ALTERNATIVES, variables)).alternatives;

describe('alternatives', () => {
  it('finds the open-source alternatives to Airflow that run on Kubernetes, the recorded alternative first', async () => {
    const result = await alternatives({ to: 'apache-airflow', runsOn: 'kubernetes', openSource: true });
    const ids = result.map((a) => a.technology.id);
    expect(ids[0]).toBe('argo-workflows');
    expect(ids).toContain('kubeflow-pipelines');
    for (const a of result) expect(a.technology.openSource).toBe(true);
    for (const a of result) expect(a.reason).toMatch(/runs on Kubernetes and is open source/);
    expect(result[0]!.reason).toMatch(
      /^Argo Workflows is recorded as an alternative to Apache Airflow, is also listed under Workflow orchestration, runs on Kubernetes and is open source \(Apache-2\.0\)\. \S/,
    );
    expect(result.find((a) => a.technology.id === 'kubeflow-pipelines')!.reason).toBe(
      'Kubeflow Pipelines is also listed under Workflow orchestration, runs on Kubernetes and is open source (Apache-2.0).',
    );
  });

  it('ranks recorded alternatives before technologies that only share a category, and leaves out managed versions', async () => {
    const result = await alternatives({ to: 'apache-airflow', first: 50 });
    const found = result.map((a) => a.technology.id);
    const recorded = result.flatMap((a, i) => (/ is recorded as an alternative to /.test(a.reason) ? [i] : []));
    const categoryOnly = result.flatMap((a, i) => (/ is recorded as an alternative to /.test(a.reason) ? [] : [i]));
    expect(recorded.length).toBeGreaterThan(3);
    expect(Math.max(...recorded)).toBeLessThan(Math.min(...categoryOnly));
    for (const id of ['argo-workflows', 'dagster', 'luigi', 'prefect']) expect(recorded.map((i) => found[i])).toContain(id);
    expect(found).toContain('aws-step-functions');
    expect(found).not.toContain('amazon-mwaa');
    expect(found).not.toContain('google-cloud-composer');
  });

  it('keeps only proprietary ones for openSource false, and only one vendor for vendor', async () => {
    const proprietary = await alternatives({ to: 'apache-kafka', openSource: false });
    expect(proprietary.length).toBeGreaterThan(0);
    expect(proprietary.every((a) => !a.technology.openSource)).toBe(true);
    expect(proprietary[0]!.technology.id).toBe('amazon-kinesis-data-streams');
    const aws = await alternatives({ to: 'apache-airflow', vendor: 'aws' });
    expect(aws.map((a) => a.technology.id)).toContain('aws-step-functions');
    for (const a of aws) expect(a.reason).toMatch(/comes from Amazon Web Services\.$/);
  });

  it('narrows to a category and honours first', async () => {
    const result = await alternatives({ to: 'apache-kafka', category: 'message-broker', first: 2 });
    expect(result).toHaveLength(2);
    expect(result.map((a) => a.technology.id)).toEqual(['amazon-kinesis-data-streams', 'apache-pulsar']);
    expect(result.every((a) => a.reason.includes('Message broker'))).toBe(true);
  });

  it('leaves out deprecated and retired technologies with activeOnly, and keeps them without it', async () => {
    const streaming = await alternatives({ to: 'spark-structured-streaming', first: 50 });
    expect(streaming.find((a) => a.technology.id === 'spark-streaming')?.technology).toMatchObject({ status: 'DEPRECATED', statusSince: 2023 });
    const activeStreaming = await alternatives({ to: 'spark-structured-streaming', activeOnly: true, first: 50 });
    expect(activeStreaming.map((a) => a.technology.id)).not.toContain('spark-streaming');
    const ids = (list: typeof streaming) => list.map((a) => a.technology.id);
    expect(ids(activeStreaming)).toEqual(ids(streaming.filter((a) => a.technology.status === 'ACTIVE')));
    expect(activeStreaming.length).toBeLessThan(streaming.length);

    const serving = await alternatives({ to: 'tensorflow-serving', first: 50 });
    expect(serving.find((a) => a.technology.id === 'torchserve')?.technology).toMatchObject({ status: 'RETIRED', statusSince: 2025 });
    const activeServing = await alternatives({ to: 'tensorflow-serving', activeOnly: true, first: 50 });
    expect(activeServing.map((a) => a.technology.id)).not.toContain('torchserve');
    expect(activeServing.every((a) => a.technology.status === 'ACTIVE')).toBe(true);
  });

  it('names the argument of an unknown or wrong-kind id', async () => {
    expect(errorOf(await api.query(ALTERNATIVES, { to: 'nope' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'to: no node has the id "nope"; look the name up with search and use its id.',
    });
    expect(errorOf(await api.query(ALTERNATIVES, { to: 'apache-airflow', category: 'aws' }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'category: "aws" is a vendor, not a category; give a category id.',
    });
    expect(errorOf(await api.query(ALTERNATIVES, { to: 'apache-airflow', first: 0 })).message).toBe(
      'first must be a whole number from 1 to 50; change first and try again.',
    );
  });

  it('says which argument is empty rather than failing on an empty id', async () => {
    expect(errorOf(await api.query(ALTERNATIVES, { to: '' }))).toEqual({ code: 'BAD_USER_INPUT', message: 'to is empty; give the id of a technology.' });
    expect(errorOf(await api.query(ALTERNATIVES, { to: 'apache-airflow', vendor: '' }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'vendor is empty; give the id of a vendor, or leave it out.',
    });
  });
});

interface RelateAlternatives {
  from: { id: string } | null;
  to: { id: string } | null;
  message: string;
  paths: unknown[];
  alternatives: Array<{ technology: { id: string } }>;
}

const RELATE = `query ($question: String!) { relate(question: $question) { from { id } to { id } message paths { length } alternatives { technology { id } } } }`;
const relate = async (question: string) => dataOf(await api.query<{ relate: RelateAlternatives }>(RELATE, { question })).relate;

describe('relate with a request for alternatives', () => {
  it('reads "alternative to X that runs on Y and is open source" as constraints', async () => {
    const answer = await relate('What is an alternative to Apache Airflow that runs on Kubernetes and is open source?');
    expect(answer.from?.id).toBe('apache-airflow');
    expect(answer.to).toBeNull();
    expect(answer.paths).toEqual([]);
    const direct = await alternatives({ to: 'apache-airflow', runsOn: 'kubernetes', openSource: true });
    expect(answer.alternatives.map((a) => a.technology.id)).toEqual(direct.map((a) => a.technology.id));
    expect(answer.message).toMatch(/^Open-source alternatives to Apache Airflow that run on Kubernetes, best first: Argo Workflows, /);
  });

  it('understands "what can replace" and a vendor', async () => {
    const answer = await relate('what can replace Airflow from AWS');
    const direct = await alternatives({ to: 'apache-airflow', vendor: 'aws' });
    expect(answer.alternatives.map((a) => a.technology.id)).toEqual(direct.map((a) => a.technology.id));
    expect(answer.message).toMatch(/^Alternatives to Apache Airflow from Amazon Web Services, best first: .*AWS Step Functions/);
  });

  it('keeps to actively maintained technologies when the question asks for them', async () => {
    const answer = await relate('an actively maintained alternative to TensorFlow Serving');
    expect(answer.from?.id).toBe('tensorflow-serving');
    expect(answer.alternatives.length).toBeGreaterThan(0);
    expect(answer.alternatives.map((a) => a.technology.id)).not.toContain('torchserve');
    expect(answer.message).toMatch(/^Alternatives to TensorFlow Serving still active, best first: /);
  });

  it('still answers with paths when two technologies are compared', async () => {
    const answer = await relate('is Dask an alternative to Spark');
    expect(answer.from?.id).toBe('dask');
    expect(answer.to?.id).toBe('apache-spark');
    expect(answer.paths.length).toBeGreaterThan(0);
    expect(answer.alternatives).toEqual([]);
  });
});
