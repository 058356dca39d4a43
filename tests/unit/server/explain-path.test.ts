import { describe, expect, it } from 'vitest';
import { explainPath, joinClause } from '../../../server/src/domain/explain-path.ts';

const spark = { id: 'apache-spark', name: 'Apache Spark' };
const yarn = { id: 'hadoop-yarn', name: 'YARN' };
const hadoop = { id: 'apache-hadoop', name: 'Apache Hadoop' };
const hdfs = { id: 'hdfs', name: 'HDFS' };

describe('explainPath', () => {
  it('reads forward relations by their phrase and backward ones by their inverse, with "also" where two meet', () => {
    const { summary } = explainPath(
      [spark, yarn, hadoop, hdfs],
      [
        { type: 'RUNS_ON', fromId: 'apache-spark', toId: 'hadoop-yarn', note: '' },
        { type: 'PART_OF', fromId: 'hadoop-yarn', toId: 'apache-hadoop', note: '' },
        { type: 'PART_OF', fromId: 'hdfs', toId: 'apache-hadoop', note: '' },
      ],
    );
    expect(summary).toBe('Apache Spark runs on YARN, which is part of Apache Hadoop, which also includes HDFS.');
  });

  it('reads a relation walked against its direction with the inverse phrase', () => {
    const { summary } = explainPath([hdfs, spark], [{ type: 'STORES_DATA_IN', fromId: 'apache-spark', toId: 'hdfs', note: '' }]);
    expect(summary).toBe('HDFS holds data for Apache Spark.');
  });

  it('follows the sentence with the notes of curated relations, skipping the notes of derived ones', () => {
    const { explanation } = explainPath(
      [spark, hdfs],
      [{ type: 'STORES_DATA_IN', fromId: 'apache-spark', toId: 'hdfs', note: 'Spark keeps no files of its own' }],
    );
    expect(explanation).toBe('Apache Spark stores data in HDFS. Spark keeps no files of its own.');
    const derived = explainPath(
      [spark, { id: 'apache', name: 'Apache Software Foundation' }],
      [{ type: 'PROVIDED_BY', fromId: 'apache-spark', toId: 'apache', note: 'Apache Spark is made by the ASF.' }],
    );
    expect(derived.explanation).toBe('Apache Spark is provided by Apache Software Foundation.');
  });

  it('says "also" for a symmetric type met twice in a row', () => {
    const lambda = { id: 'aws-lambda', name: 'AWS Lambda' };
    const gcf = { id: 'google-cloud-functions', name: 'Google Cloud Functions' };
    const azf = { id: 'azure-functions', name: 'Azure Functions' };
    const { summary } = explainPath(
      [gcf, lambda, azf],
      [
        { type: 'ALTERNATIVE_TO', fromId: 'aws-lambda', toId: 'google-cloud-functions', note: '' },
        { type: 'ALTERNATIVE_TO', fromId: 'aws-lambda', toId: 'azure-functions', note: '' },
      ],
    );
    expect(summary).toBe('Google Cloud Functions is an alternative to AWS Lambda, which is also an alternative to Azure Functions.');
  });

  it('names the node a step of parallel relations reaches once and refers back to it', () => {
    const mlflow = { id: 'mlflow', name: 'MLflow' };
    const python = { id: 'python', name: 'Python' };
    const dvc = { id: 'dvc', name: 'DVC' };
    const { summary } = explainPath(
      [mlflow, python, dvc],
      [
        [
          { type: 'WRITTEN_IN', fromId: 'mlflow', toId: 'python', note: '' },
          { type: 'OFFERS_API_IN', fromId: 'mlflow', toId: 'python', note: '' },
        ],
        [
          { type: 'WRITTEN_IN', fromId: 'dvc', toId: 'python', note: '' },
          { type: 'OFFERS_API_IN', fromId: 'dvc', toId: 'python', note: '' },
        ],
      ],
    );
    expect(summary).toBe('MLflow is written in Python and offers an API in it, which is the implementation language of DVC and an API language of it.');
  });
});

describe('joinClause', () => {
  it('reads one verb plainly and lists three with commas, folding a repeated "is"', () => {
    expect(joinClause(['runs on'], 'YARN')).toBe('runs on YARN');
    expect(joinClause(['integrates with', 'is an alternative to', 'is built on'], 'Flink')).toBe(
      'integrates with Flink, is an alternative to it and built on it',
    );
  });
});
