import { describe, expect, it } from 'vitest';
import { describeStack, listNames } from '../../../server/src/domain/stack-summary.ts';

describe('describeStack', () => {
  it('names the connectors, the links, the overlaps and the isolated members in that order', () => {
    const text = describeStack({
      members: ['Spark', 'Hadoop', 'Dask', 'Django'],
      connectors: ['YARN'],
      links: ['Spark runs on YARN', 'YARN is part of Hadoop', 'Dask is an alternative to Spark'],
      overlaps: [{ a: 'Dask', b: 'Spark' }],
      isolated: ['Django'],
      maxHops: 3,
    });
    expect(text).toBe(
      'Spark, Hadoop and Dask fit together through 1 connector: YARN. Spark runs on YARN; YARN is part of Hadoop; Dask is an alternative to Spark. ' +
        'Possibly redundant: Dask and Spark; a team usually needs only one of each pair. Django has no path to the rest within 3 relations.',
    );
  });

  it('says so when nothing connects', () => {
    expect(describeStack({ members: ['A', 'B'], connectors: [], links: [], overlaps: [], isolated: ['A', 'B'], maxHops: 3 })).toBe(
      'None of the 2 technologies A and B connect within 3 relations.',
    );
  });

  it('lists names with commas and a final "and"', () => {
    expect([listNames([]), listNames(['A']), listNames(['A', 'B']), listNames(['A', 'B', 'C'])]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });
});
