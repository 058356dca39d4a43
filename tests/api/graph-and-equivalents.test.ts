import { afterAll, describe, expect, it } from 'vitest';
import { countingDb, dataOf, errorOf, testApi } from '../support/graphql.ts';

const db = countingDb();
const api = testApi({ db });
afterAll(() => api.close());

interface Slice {
  nodes: Array<{ id: string; label: string }>;
  relations: Array<{ id: string; type: string; fromId: string; toId: string }>;
}

const GRAPH = `query ($categories: [ID!], $vendors: [ID!], $relationTypes: [RelationType!]) {
  graph(categories: $categories, vendors: $vendors, relationTypes: $relationTypes) { nodes { id label } relations { id type fromId toId } }
}`;
const graph = async (variables: Record<string, unknown> = {}) => dataOf(await api.query<{ graph: Slice }>(GRAPH, variables)).graph;

const closed = (slice: Slice) => {
  const ids = new Set(slice.nodes.map((n) => n.id));
  return slice.relations.every((r) => ids.has(r.fromId) && ids.has(r.toId));
};

describe('graph', () => {
  it('returns the whole graph: every technology and every relation', async () => {
    const { stats } = dataOf(await api.query<{ stats: { technologies: number; relations: number } }>('{ stats { technologies relations } }'));
    const whole = await graph();
    expect(whole.nodes.filter((n) => n.label === 'TECHNOLOGY')).toHaveLength(stats.technologies);
    expect(whole.relations).toHaveLength(stats.relations);
    expect(new Set(whole.nodes.map((n) => n.id)).size).toBe(whole.nodes.length);
    expect(closed(whole)).toBe(true);
  });

  it('reads only the selected properties, and all of them when they are selected', async () => {
    db.texts = [];
    await graph();
    expect(db.texts.join('\n')).not.toMatch(/\.description|\.note/);
    const { graph: described } = dataOf(
      await api.query<{ graph: { nodes: Array<{ description: string }>; relations: Array<{ note: string }> } }>(
        '{ graph { nodes { description } relations { note } } }',
      ),
    );
    expect(described.nodes.every((n) => n.description.length > 0)).toBe(true);
    expect(described.relations.every((r) => r.note.length > 0)).toBe(true);
  });

  it('slices by category, keeping the category node its members link to', async () => {
    const serverless = await graph({ categories: ['serverless'] });
    const ids = serverless.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['aws-lambda', 'google-cloud-functions', 'azure-functions', 'serverless']));
    expect(ids).not.toContain('apache-spark');
    expect(serverless.relations).toContainEqual(expect.objectContaining({ id: 'aws-lambda|IN_CATEGORY|serverless' }));
    expect(closed(serverless)).toBe(true);
  });

  it('slices by relation type and vendor', async () => {
    const upgrades = await graph({ relationTypes: ['UPGRADE_OF'] });
    expect(upgrades.relations.every((r) => r.type === 'UPGRADE_OF')).toBe(true);
    expect(upgrades.relations).toContainEqual(expect.objectContaining({ fromId: 'spark-structured-streaming', toId: 'spark-streaming' }));
    const aws = await graph({ vendors: ['aws'], relationTypes: ['ALTERNATIVE_TO', 'INTEGRATES_WITH'] });
    const awsIds = aws.nodes.map((n) => n.id);
    expect(awsIds).toContain('aws-lambda');
    expect(awsIds).not.toContain('google-cloud-functions');
    expect(closed(aws)).toBe(true);
  });
});

describe('equivalents', () => {
  const EQUIVALENTS = 'query ($id: ID!, $vendor: ID) { equivalents(id: $id, vendor: $vendor) { id kind vendor { id } } }';
  type Equivalent = { id: string; kind: string; vendor: { id: string } | null };

  it('lists the managed services that do the same job as Lambda at other vendors', async () => {
    const { equivalents } = dataOf(await api.query<{ equivalents: Equivalent[] }>(EQUIVALENTS, { id: 'aws-lambda' }));
    const ids = equivalents.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['google-cloud-functions', 'azure-functions']));
    expect(equivalents.every((e) => e.kind === 'managed-service' && e.vendor?.id !== 'aws')).toBe(true);
    expect(ids.indexOf('google-cloud-functions')).toBeLessThan(ids.indexOf('azure-functions'));
  });

  it('narrows to one vendor', async () => {
    const { equivalents } = dataOf(await api.query<{ equivalents: Equivalent[] }>(EQUIVALENTS, { id: 'aws-lambda', vendor: 'microsoft-azure' }));
    expect(equivalents.map((e) => e.id)).toContain('azure-functions');
    expect(equivalents.every((e) => e.vendor?.id === 'microsoft-azure')).toBe(true);
  });

  it('says when the technology or the vendor is unknown', async () => {
    expect(errorOf(await api.query(EQUIVALENTS, { id: 'nope' })).code).toBe('NOT_FOUND');
    expect(errorOf(await api.query(EQUIVALENTS, { id: 'aws-lambda', vendor: 'aws-lambda' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'No vendor has the id "aws-lambda"; the vendors query lists them.',
    });
  });
});
