import { afterAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, testApi } from '../support/graphql.ts';

const api = testApi();
afterAll(() => api.close());

interface Page {
  edges: Array<{ cursor: string; node: { id: string; name: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE = `query ($first: Int, $after: String, $last: Int, $before: String, $category: ID, $vendor: ID, $kind: String, $text: String) {
  technologies(first: $first, after: $after, last: $last, before: $before, category: $category, vendor: $vendor, kind: $kind, text: $text) {
    edges { cursor node { id name } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;
const page = async (variables: Record<string, unknown>) => dataOf(await api.query<{ technologies: Page }>(PAGE, variables)).technologies;

describe('technologies connection', () => {
  it('pages through every technology once, in name order, until the end', async () => {
    const { stats } = dataOf(await api.query<{ stats: { technologies: number } }>('{ stats { technologies } }'));
    const seen: Array<{ id: string; name: string }> = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const p: Page = await page({ first: 40, after });
      seen.push(...p.edges.map((e) => e.node));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(stats.technologies);
    expect(new Set(seen.map((t) => t.id)).size).toBe(seen.length);
    const keys = seen.map((t) => `${t.name.toLowerCase()}\u0000${t.id}`);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('gives the same page for the same cursor, and pages that neither overlap nor leave gaps', async () => {
    const first = await page({ first: 5 });
    const again = await page({ first: 5, after: first.pageInfo.endCursor });
    const twice = await page({ first: 5, after: first.pageInfo.endCursor });
    expect(twice).toEqual(again);
    const ten = await page({ first: 10 });
    expect([...first.edges, ...again.edges].map((e) => e.node.id)).toEqual(ten.edges.map((e) => e.node.id));
    expect(first.pageInfo.hasPreviousPage).toBe(false);
  });

  it('pages backwards with last and before', async () => {
    const ten = await page({ first: 10 });
    const back = await page({ last: 3, before: ten.edges[6]!.cursor });
    expect(back.edges.map((e) => e.node.id)).toEqual(ten.edges.slice(3, 6).map((e) => e.node.id));
    expect(back.pageInfo.hasPreviousPage).toBe(true);
  });

  it('filters by category, vendor, kind and text', async () => {
    const serverlessAtAws = await page({ first: 100, category: 'serverless', vendor: 'aws' });
    expect(serverlessAtAws.edges.map((e) => e.node.id)).toContain('aws-lambda');
    expect(serverlessAtAws.edges.map((e) => e.node.id)).not.toContain('google-cloud-functions');
    const managed = await page({ first: 100, kind: 'managed-service', text: 'lambda' });
    expect(managed.edges.map((e) => e.node.id)).toContain('aws-lambda');
    expect(managed.edges.map((e) => e.node.id)).not.toContain('apache-spark');
    expect((await page({ first: 10, category: 'no-such-category' })).edges).toEqual([]);
  });

  it('refuses a cursor it did not issue', async () => {
    expect(errorOf(await api.query(PAGE, { first: 5, after: 'garbage' }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'The cursor "garbage" was not issued by this API; pass a cursor from a previous page.',
    });
  });

  it.each([{ first: 101 }, { first: -1 }, { last: 500 }])('refuses a page size outside 0 to 100 (%o)', async (variables) => {
    expect(errorOf(await api.query(PAGE, variables)).code).toBe('BAD_USER_INPUT');
  });
});
