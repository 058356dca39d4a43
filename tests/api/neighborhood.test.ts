import { afterAll, describe, expect, it } from 'vitest';
import { type CountingDb, countingDb, dataOf, errorOf, testApi } from '../support/graphql.ts';

const db = countingDb();
const api = testApi({ db });
afterAll(() => api.close());

interface Hood {
  center: { id: string };
  nodes: Array<{ id: string }>;
  relations: Array<{ type: string; fromId: string; toId: string }>;
  omitted: Array<{ nodeId: string; count: number }>;
  omittedTotal: number;
}

const HOOD = `query ($id: ID!, $depth: Int, $relationTypes: [RelationType!], $direction: Direction, $limitPerNode: Int) {
  neighborhood(id: $id, depth: $depth, relationTypes: $relationTypes, direction: $direction, limitPerNode: $limitPerNode) {
    center { id } nodes { id } relations { type fromId toId } omitted { nodeId count } omittedTotal
  }
}`;

const hood = async (variables: Record<string, unknown>) => dataOf(await api.query<{ neighborhood: Hood }>(HOOD, variables)).neighborhood;
const ids = (h: Hood) => h.nodes.map((n) => n.id);

describe('neighborhood', () => {
  it('returns the node and its neighbours through the chosen relation types', async () => {
    const h = await hood({ id: 'spark-structured-streaming', relationTypes: ['UPGRADE_OF'] });
    expect(h).toEqual({
      center: { id: 'spark-structured-streaming' },
      nodes: [{ id: 'spark-structured-streaming' }, { id: 'spark-streaming' }],
      relations: [{ type: 'UPGRADE_OF', fromId: 'spark-structured-streaming', toId: 'spark-streaming' }],
      omitted: [],
      omittedTotal: 0,
    });
  });

  it('reaches two levels out at depth 2', async () => {
    const one = await hood({ id: 'apache-spark', relationTypes: ['RUNS_ON', 'PART_OF'] });
    expect(ids(one)).toContain('hadoop-yarn');
    expect(ids(one)).not.toContain('apache-hadoop');
    const two = await hood({ id: 'apache-spark', depth: 2, relationTypes: ['RUNS_ON', 'PART_OF'] });
    expect(ids(two)).toEqual(expect.arrayContaining(['apache-spark', 'hadoop-yarn', 'apache-hadoop']));
    expect(two.relations).toContainEqual({ type: 'PART_OF', fromId: 'hadoop-yarn', toId: 'apache-hadoop' });
  });

  it('follows only outgoing or only incoming relations when asked', async () => {
    const out = await hood({ id: 'apache-spark', direction: 'OUTGOING' });
    expect(out.relations.every((r) => r.fromId === 'apache-spark')).toBe(true);
    expect(ids(out)).toContain('hdfs');
    const incoming = await hood({ id: 'hdfs', direction: 'INCOMING' });
    expect(incoming.relations.every((r) => r.toId === 'hdfs')).toBe(true);
    expect(ids(incoming)).toContain('apache-spark');
  });

  it('caps the neighbours of a hub and reports how many it left out', async () => {
    const { entity } = dataOf(await api.query<{ entity: { degree: number } }>('{ entity(id: "apache") { degree } }'));
    const h = await hood({ id: 'apache', limitPerNode: 3 });
    expect(h.nodes).toHaveLength(4);
    expect(h.omitted).toEqual([{ nodeId: 'apache', count: entity.degree - 3 }]);
    expect(h.omittedTotal).toBe(entity.degree - 3);
  });

  it('runs one statement per level, however many nodes each level holds', async () => {
    (db as CountingDb).statements = 0;
    const h = await hood({ id: 'apache-spark', depth: 3, limitPerNode: 10 });
    expect(h.nodes.length).toBeGreaterThan(20);
    expect((db as CountingDb).statements).toBe(3);
    (db as CountingDb).statements = 0;
    await hood({ id: 'apache-spark' });
    expect((db as CountingDb).statements).toBe(1);
  });

  it('returns the centre alone when nothing passes the filter', async () => {
    const h = await hood({ id: 'hdfs', relationTypes: ['MANAGED_VERSION_OF'], direction: 'OUTGOING' });
    expect(h).toMatchObject({ center: { id: 'hdfs' }, nodes: [{ id: 'hdfs' }], relations: [], omittedTotal: 0 });
    const none = await hood({ id: 'hdfs', relationTypes: [] });
    expect(none.nodes).toEqual([{ id: 'hdfs' }]);
  });

  it('reads from Neo4j only the node properties the query selects', async () => {
    const counting = db as CountingDb;
    counting.texts = [];
    const light = dataOf(
      await api.query<{ neighborhood: { nodes: Array<{ id: string; name: string }> } }>('{ neighborhood(id: "apache-spark") { nodes { id name } } }'),
    );
    expect(light.neighborhood.nodes[0]).toEqual({ id: 'apache-spark', name: 'Apache Spark' });
    expect(counting.texts.join('\n')).not.toMatch(/\.description|\.remarks|\.note/);

    counting.texts = [];
    const full = dataOf(
      await api.query<{ neighborhood: { nodes: Array<{ description: string }>; relations: Array<{ note: string }> } }>(
        '{ neighborhood(id: "apache-spark") { nodes { ...Described } relations { note } } } fragment Described on Entity { description }',
      ),
    ).neighborhood;
    expect(full.nodes.every((n) => n.description.length > 0)).toBe(true);
    expect(full.relations.every((r) => r.note.length > 0)).toBe(true);
  });

  it('never lets a node read in part stand in for the whole node elsewhere in the same request', async () => {
    // The neighbourhood reads ids only; the relations below load their ends by id through the same
    // per-request loader, which must not answer with those partial rows.
    const { technology } = dataOf(
      await api.query<{ technology: { relations: Array<{ from: { id: string; description: string } }> } }>(
        '{ neighborhood(id: "apache-spark") { nodes { id } } technology(id: "apache-spark") { relations { from { id description } } } }',
      ),
    );
    expect(technology.relations.length).toBeGreaterThan(5);
    for (const r of technology.relations) expect(r.from.description, r.from.id).not.toBe('');
  });

  it.each([0, 4, -1])('refuses depth = %i with a sentence giving the allowed range', async (depth) => {
    expect(errorOf(await api.query(HOOD, { id: 'apache-spark', depth }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'depth must be a whole number from 1 to 3; change depth and try again.',
    });
  });

  it.each([0, 101])('refuses limitPerNode = %i with the allowed range', async (limitPerNode) => {
    expect(errorOf(await api.query(HOOD, { id: 'apache-spark', limitPerNode }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'limitPerNode must be a whole number from 1 to 100; change limitPerNode and try again.',
    });
  });

  it('says when the center id is unknown', async () => {
    expect(errorOf(await api.query(HOOD, { id: 'nope' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'No node has the id "nope"; look the name up with search and use its id.',
    });
  });
});
