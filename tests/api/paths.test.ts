import { afterAll, describe, expect, it } from 'vitest';
import { usePathProcedure } from '../../server/src/db/queries/path-procedure.ts';
import { countingDb, dataOf, errorOf, testApi } from '../support/graphql.ts';

const db = countingDb();
const api = testApi({ db });
afterAll(() => api.close());

interface PathData {
  length: number;
  score: number;
  strength: string;
  viaHub: boolean;
  steps: Array<{ types: string[] }>;
  summary: string;
  explanation: string;
  nodes: Array<{ id: string }>;
  relations: Array<{ type: string; fromId: string; toId: string; note: string }>;
}

const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $relationTypes: [RelationType!], $first: Int, $avoidHubs: Boolean, $excludeNodes: [ID!]) {
  paths(from: $from, to: $to, maxHops: $maxHops, relationTypes: $relationTypes, first: $first, avoidHubs: $avoidHubs, excludeNodes: $excludeNodes) {
    length summary explanation score strength viaHub steps { types } nodes { id } relations { type fromId toId note }
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

  it('ranks best first, with no two answers through the same intermediate node and every path simple', async () => {
    const found = await paths({ from: 'apache-spark', to: 'apache-hadoop', first: 20 });
    expect(found.length).toBeGreaterThan(2);
    const scores = found.map((p) => p.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const middles = found.flatMap((p) => p.nodes.slice(1, -1).map((n) => n.id));
    expect(new Set(middles).size).toBe(middles.length);
    for (const path of found) expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
  });

  it('makes parallel relations between the same two nodes one step that lists all their types', async () => {
    const [path] = await paths({ from: 'mlflow', to: 'python', maxHops: 1 });
    expect(path).toMatchObject({ length: 1, nodes: [{ id: 'mlflow' }, { id: 'python' }], steps: [{ types: ['OFFERS_API_IN', 'WRITTEN_IN'] }] });
    expect(path?.summary).toBe('MLflow offers an API in Python and is written in it.');
  });

  it('walks PROVIDED_BY at an end that is a vendor: SageMaker is provided by AWS in one step', async () => {
    const [first] = await paths({ from: 'amazon-sagemaker', to: 'aws' });
    expect(first).toMatchObject({ length: 1, summary: 'Amazon SageMaker is provided by Amazon Web Services.', strength: 'STRONG', viaHub: false });
  });

  it('walks IN_CATEGORY at an end that is a category', async () => {
    const [first] = await paths({ from: 'stream-processing', to: 'apache-kafka' });
    expect(first).toMatchObject({ length: 1, summary: 'Stream processing contains Apache Kafka.' });
  });

  it('avoids hubs by default and returns a hub path, marked weak, only when nothing else connects', async () => {
    const avoiding = await paths({ from: 'dvc', to: 'fastapi' });
    expect(avoiding.length).toBeGreaterThan(0);
    for (const path of avoiding) expect(path).toMatchObject({ viaHub: false });
    expect(avoiding.flatMap((p) => p.nodes.map((n) => n.id))).not.toContain('python');
    const [throughPython] = await paths({ from: 'dvc', to: 'fastapi', maxHops: 2 });
    expect(throughPython).toMatchObject({ viaHub: true, strength: 'WEAK', nodes: [{ id: 'dvc' }, { id: 'python' }, { id: 'fastapi' }] });
  });

  it('walks hubs like any node when avoidHubs is false', async () => {
    const [first] = await paths({ from: 'dvc', to: 'fastapi', avoidHubs: false });
    expect(first?.nodes.map((n) => n.id)).toEqual(['dvc', 'python', 'fastapi']);
    expect(first).toMatchObject({ viaHub: true, strength: 'WEAK' });
  });

  it('never passes through a node named in excludeNodes', async () => {
    const found = await paths({ from: 'apache-spark', to: 'apache-hadoop', excludeNodes: ['hadoop-yarn', 'hdfs'], first: 20 });
    expect(found.length).toBeGreaterThan(0);
    const passed = found.flatMap((p) => p.nodes.map((n) => n.id));
    expect(passed).not.toContain('hadoop-yarn');
    expect(passed).not.toContain('hdfs');
  });

  it('refuses to exclude an end, naming it', async () => {
    expect(errorOf(await api.query(PATHS, { from: 'apache-spark', to: 'hdfs', excludeNodes: ['hdfs'] }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'HDFS is an end of the path, so it cannot be excluded; remove it from excludeNodes.',
    });
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

  it.each([
    { procedure: true, way: 'procedure' },
    { procedure: false, way: 'layer' },
  ])(
    'reads candidates by $way (the bundled procedure with their details, or hub-free balls grown from both ends), and runs one SHORTEST k through hubs only when no hub-free path exists',
    async ({ procedure, way }) => {
      usePathProcedure(db, procedure);
      const sent = async (from: string, to: string, maxHops: number) => {
        db.texts = [];
        await paths({ from, to, maxHops });
        return db.texts.map((t) =>
          /SHORTEST \d/.test(t)
            ? t.includes('$hubDegree')
              ? 'SHORTEST k avoiding hubs'
              : 'SHORTEST k through hubs'
            : /UNWIND \$frontier/.test(t)
              ? 'layer'
              : /CALL techgraph\.pathSearch/.test(t)
                ? 'procedure'
                : /UNWIND range\(0, size\(\$paths\)/.test(t)
                  ? 'details'
                  : 'other',
        );
      };
      try {
        const direct = await sent('apache-spark', 'hdfs', 4);
        expect(direct).not.toContain('SHORTEST k avoiding hubs');
        expect(direct).not.toContain('SHORTEST k through hubs');
        expect(direct).toContain(way);
        expect(direct).not.toContain(procedure ? 'layer' : 'procedure');
        // The procedure reads the paths' details in the same call; the layers need a statement for them.
        expect(direct.includes('details')).toBe(!procedure);
        // No hub-free path within two steps: the search through hubs runs once.
        expect((await sent('dvc', 'fastapi', 2)).filter((t) => t.startsWith('SHORTEST'))).toEqual(['SHORTEST k through hubs']);
      } finally {
        usePathProcedure(db, true);
      }
    },
  );

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
