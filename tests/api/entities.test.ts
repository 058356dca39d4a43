import { afterAll, describe, expect, it } from 'vitest';
import { planOperators } from '../bench/stats.ts';
import { type CountingDb, countingDb, dataOf, testApi } from '../support/graphql.ts';

const db = countingDb();
const api = testApi({ db });
afterAll(() => api.close());

describe('technology, entity, vendors, categories', () => {
  it('returns a technology with its vendor, categories, degree and relations in their true direction', async () => {
    const { technology } = dataOf(
      await api.query<{ technology: Record<string, unknown> & { relations: Array<Record<string, unknown>>; degree: number } }>(`{
        technology(id: "spark-structured-streaming") {
          __typename id name label origin openSource license firstRelease homepage aliases
          vendor { id name } categories { id } degree remarks { claim }
          relations(types: [UPGRADE_OF], direction: OUTGOING) { id type fromId toId symmetric origin from { id } to { __typename id name } }
        }
      }`),
    );
    expect(technology).toMatchObject({
      __typename: 'Technology',
      id: 'spark-structured-streaming',
      name: 'Structured Streaming',
      label: 'TECHNOLOGY',
      origin: 'CURATED',
      vendor: { id: 'apache', name: 'Apache Software Foundation' },
      relations: [
        {
          id: 'spark-structured-streaming|UPGRADE_OF|spark-streaming',
          type: 'UPGRADE_OF',
          fromId: 'spark-structured-streaming',
          toId: 'spark-streaming',
          symmetric: false,
          origin: 'CURATED',
          from: { id: 'spark-structured-streaming' },
          to: { __typename: 'Technology', id: 'spark-streaming', name: 'Spark Streaming' },
        },
      ],
    });
    expect(technology.degree).toBeGreaterThanOrEqual(3);
  });

  it('looks nodes up by id through the unique index, never by scanning a label', async () => {
    const counting = db as CountingDb;
    counting.texts = [];
    counting.params = [];
    await api.query(
      '{ technology(id: "apache-spark") { degree vendor { id } categories { id } } entity(id: "aws") { ... on Vendor { technologies { id } } } }',
    );
    expect(counting.texts.length).toBeGreaterThanOrEqual(4);
    const session = db.driver.session({ defaultAccessMode: 'READ' });
    try {
      for (const [i, text] of counting.texts.entries()) {
        const { summary } = await session.run(`EXPLAIN ${text}`, counting.params[i]);
        const operators = planOperators(summary.plan as unknown as Parameters<typeof planOperators>[0]);
        expect(operators.join(' '), text).not.toMatch(/NodeByLabelScan|AllNodesScan/);
      }
    } finally {
      await session.close();
    }
  });

  it('returns null for an unknown id and for a vendor id asked as a technology', async () => {
    expect(dataOf(await api.query('{ technology(id: "no-such-thing") { id } }'))).toEqual({ technology: null });
    expect(dataOf(await api.query('{ technology(id: "aws") { id } }'))).toEqual({ technology: null });
  });

  it('returns any kind of node through entity', async () => {
    expect(dataOf(await api.query('{ entity(id: "aws") { __typename id label ... on Vendor { homepage } } }'))).toMatchObject({
      entity: { __typename: 'Vendor', id: 'aws', label: 'VENDOR' },
    });
    expect(dataOf(await api.query('{ entity(id: "serverless") { __typename } }'))).toEqual({ entity: { __typename: 'Category' } });
    expect(dataOf(await api.query('{ entity(id: "nope") { id } }'))).toEqual({ entity: null });
  });

  it('lists vendors and categories with their technologies', async () => {
    const data = dataOf(
      await api.query<{
        vendors: Array<{ id: string; technologies: Array<{ id: string }> }>;
        categories: Array<{ id: string; technologyCount: number; technologies: Array<{ id: string }> }>;
      }>('{ vendors { id technologies { id } } categories { id technologyCount technologies { id } } }'),
    );
    expect(data.vendors.find((v) => v.id === 'aws')?.technologies.map((t) => t.id)).toContain('aws-lambda');
    const serverless = data.categories.find((c) => c.id === 'serverless');
    expect(serverless?.technologies.map((t) => t.id)).toEqual(expect.arrayContaining(['aws-lambda', 'google-cloud-functions', 'azure-functions']));
    expect(serverless?.technologyCount).toBe(serverless?.technologies.length);
  });

  it('loads per-node fields for a whole list in a fixed number of statements', async () => {
    (db as CountingDb).statements = 0;
    const { categories } = dataOf(
      await api.query<{ categories: Array<{ technologies: unknown[] }> }>(
        '{ categories { id degree technologyCount technologies { id degree vendor { id } categories { id } relations { id from { name } to { name } } } } }',
      ),
    );
    const technologies = categories.reduce((n, c) => n + c.technologies.length, 0);
    expect(technologies).toBeGreaterThan(100);
    // categories, then per level one statement per field: degree, technologyCount, technologies,
    // and for the technologies degree, vendor, categories, relations, plus one for the relation ends.
    expect((db as CountingDb).statements).toBeLessThanOrEqual(10);
  });

  it('describes every relation type of the vocabulary', async () => {
    const { relationTypes } = dataOf(
      await api.query<{ relationTypes: Array<{ type: string; phrase: string; inverse: string; symmetric: boolean; derived: boolean }> }>(
        '{ relationTypes { type phrase inverse description symmetric derived } }',
      ),
    );
    expect(relationTypes).toHaveLength(12);
    expect(relationTypes.find((t) => t.type === 'RUNS_ON')).toMatchObject({ phrase: 'runs on', inverse: 'runs', symmetric: false, derived: false });
    expect(relationTypes.find((t) => t.type === 'ALTERNATIVE_TO')?.symmetric).toBe(true);
    expect(relationTypes.filter((t) => t.derived).map((t) => t.type)).toEqual(['PROVIDED_BY', 'IN_CATEGORY']);
  });

  it('counts nodes and relations, by type too', async () => {
    const { stats } = dataOf(
      await api.query<{ stats: { technologies: number; relations: number; relationsByType: Array<{ type: string; count: number }> } }>(
        '{ stats { technologies vendors categories relations relationsByType { type count } } }',
      ),
    );
    expect(stats.technologies).toBeGreaterThan(100);
    expect(stats.relationsByType).toHaveLength(12);
    expect(stats.relationsByType.reduce((n, t) => n + t.count, 0)).toBe(stats.relations);
    expect(stats.relationsByType.find((t) => t.type === 'UPGRADE_OF')?.count).toBeGreaterThan(0);
  });
});
