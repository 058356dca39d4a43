import { afterAll, describe, expect, it } from 'vitest';
import { dataOf, errorOf, testApi } from '../support/graphql.ts';

const api = testApi();
afterAll(() => api.close());

type Hit = { id: string; name: string; label: string; score: number; matchedAlias: string | null };
const search = async (text: string, first?: number) =>
  dataOf(
    await api.query<{ search: Hit[] }>('query ($text: String!, $first: Int) { search(text: $text, first: $first) { id name label score matchedAlias } }', {
      text,
      first,
    }),
  ).search;

describe('search', () => {
  it('finds Kubeflow despite a missing letter', async () => {
    expect((await search('kubeflw'))[0]?.id).toBe('kubeflow');
  });

  it('finds BigQuery when the name is typed as two words', async () => {
    expect((await search('big query'))[0]?.id).toBe('bigquery');
  });

  it('puts HDFS first for "hdfs" although many descriptions mention it', async () => {
    const hits = await search('hdfs');
    expect(hits[0]).toMatchObject({ id: 'hdfs', name: 'HDFS' });
    expect(hits.length).toBeGreaterThan(3);
  });

  it('puts an exact alias match first and says which alias matched', async () => {
    const hits = await search('K8s');
    expect(hits[0]).toMatchObject({ id: 'kubernetes', matchedAlias: 'K8s' });
  });

  it('ignores case and spacing of an exact name', async () => {
    expect((await search('  APACHE   spark '))[0]?.id).toBe('apache-spark');
  });

  it('finds every kind of node: vendors, categories and languages', async () => {
    expect((await search('Amazon Web Services'))[0]).toMatchObject({ id: 'aws', label: 'VENDOR' });
    expect((await search('Serverless'))[0]).toMatchObject({ id: 'serverless', label: 'CATEGORY' });
    expect((await search('python'))[0]).toMatchObject({ id: 'python', label: 'TECHNOLOGY' });
  });

  it('accepts every Lucene special character and operator word without an error', async () => {
    for (const text of ['+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /', 'spark AND OR NOT', 'c++', '"unterminated', 'a:b', '*', 'spark~', '\\']) {
      const response = await api.query('query ($text: String!) { search(text: $text) { id } }', { text });
      expect(response.errors, text).toBeUndefined();
    }
    expect((await search('spark AND (hdfs'))[0]).toBeDefined();
  });

  it('answers blank text with an empty list', async () => {
    expect(await search('')).toEqual([]);
    expect(await search('   ')).toEqual([]);
  });

  it('returns at most first hits, ranked by score after exact matches', async () => {
    const hits = await search('spark', 3);
    expect(hits).toHaveLength(3);
    expect(hits[0]?.id).toBe('apache-spark');
    expect(hits[1]!.score).toBeGreaterThanOrEqual(hits[2]!.score);
  });

  it.each([0, 51, -1])('refuses first = %i with a sentence giving the allowed range', async (first) => {
    const error = errorOf(await api.query('query ($first: Int) { search(text: "spark", first: $first) { id } }', { first }));
    expect(error).toEqual({ code: 'BAD_USER_INPUT', message: 'first must be a whole number from 1 to 50; change first and try again.' });
  });

  it("answers the entity's fields a search asks for, read with the hits, as the technology itself has them", async () => {
    const fields = 'description homepage license firstRelease aliases status';
    const found = dataOf(
      await api.query<{ search: Array<{ id: string; entity: Record<string, unknown> }> }>(
        `query ($text: String!) { search(text: $text, first: 3) { id entity { ... on Technology { ${fields} } } } }`,
        { text: 'spark' },
      ),
    ).search;
    expect(found[0]?.id).toBe('apache-spark');
    const spark = dataOf(await api.query<{ technology: Record<string, unknown> }>(`{ technology(id: "apache-spark") { ${fields} } }`)).technology;
    expect(found[0]?.entity).toEqual(spark);
    expect(spark.description).toMatch(/\w/);
  });
});
