import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../schema/model/names.ts';
import { buildLuceneQuery, escapeLucene, searchTokens } from '../../../server/src/domain/search-text.ts';

describe('escapeLucene', () => {
  it('escapes every Lucene special character with a backslash', () => {
    expect(escapeLucene('+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /')).toBe('\\+ \\- \\&\\& \\|\\| \\! \\( \\) \\{ \\} \\[ \\] \\^ \\" \\~ \\* \\? \\: \\\\ \\/');
  });

  it('turns the AND, OR and NOT operators into plain words', () => {
    expect(escapeLucene('spark AND hdfs OR NOT yarn')).toBe('spark and hdfs or not yarn');
  });
});

describe('buildLuceneQuery', () => {
  it('matches each word exactly and as a prefix anywhere, and with one typo in names and aliases when it has four letters or more', () => {
    expect(buildLuceneQuery('kubeflw')).toBe('kubeflw^3 OR kubeflw*^1 OR name:kubeflw~1^1 OR aliasText:kubeflw~1^1');
    expect(buildLuceneQuery('bq')).toBe('bq^3 OR bq*^1');
  });

  it('adds the words run together, in names and aliases only, so "big query" finds BigQuery', () => {
    expect(buildLuceneQuery('big query')).toContain(
      'name:bigquery^6 OR aliasText:bigquery^6 OR name:bigquery*^2 OR aliasText:bigquery*^2 OR name:bigquery~1^2 OR aliasText:bigquery~1^2',
    );
  });

  it('cuts every term to 64 characters, so a huge word cannot make Lucene refuse the query', () => {
    const terms = (buildLuceneQuery(`${'x'.repeat(90_000)} ${'y'.repeat(70)}`) ?? '')
      .split(' OR ')
      .map((clause) => clause.replace(/^\w+:/, '').replace(/[*~^].*$/, ''));
    expect(Math.max(...terms.map((term) => term.length))).toBe(64);
  });

  it('returns null when there is no word to search for', () => {
    expect(buildLuceneQuery('  ')).toBeNull();
    expect(buildLuceneQuery('+-&&||!(){}[]^"~*?:\\/')).toBeNull();
  });

  it('drops punctuation the analyzer would drop, so no special character reaches the query', () => {
    expect(searchTokens('Spark (SQL) && "HDFS"')).toEqual(['spark', 'sql', 'hdfs']);
  });
});

describe('normalizeName', () => {
  it('ignores case, spaces, hyphens and underscores but keeps other punctuation', () => {
    expect(normalizeName('Big Query')).toBe('bigquery');
    expect(normalizeName('scikit-learn')).toBe('scikitlearn');
    expect(normalizeName('C++')).toBe('c++');
  });
});
