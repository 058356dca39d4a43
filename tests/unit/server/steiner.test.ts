import { describe, expect, it } from 'vitest';
import { pickPairPaths } from '../../../server/src/domain/stack-paths.ts';
import { steinerTree } from '../../../server/src/domain/steiner.ts';

describe('steinerTree', () => {
  it('joins three members through one shared hub rather than a connector per pair', () => {
    const tree = steinerTree(
      ['a', 'b', 'c'],
      [
        { a: 'a', b: 'b', path: ['a', 'hub', 'b'] },
        { a: 'a', b: 'c', path: ['a', 'hub', 'c'] },
        { a: 'b', b: 'c', path: ['b', 'hub', 'c'] },
      ],
    );
    expect(tree.connectors).toEqual(['hub']);
    expect(tree.edges).toHaveLength(3);
    expect(tree.isolated).toEqual([]);
  });

  it('uses a direct link instead of a longer path through a connector', () => {
    const tree = steinerTree(
      ['a', 'b', 'c'],
      [
        { a: 'a', b: 'b', path: ['a', 'b'] },
        { a: 'b', b: 'c', path: ['b', 'x', 'c'] },
        { a: 'a', b: 'c', path: ['a', 'y', 'z', 'c'] },
      ],
    );
    expect(tree.connectors).toEqual(['x']);
    expect(tree.edges).toEqual([
      ['a', 'b'],
      ['b', 'x'],
      ['x', 'c'],
    ]);
  });

  it('reports members with no path as isolated and connects the rest as a forest', () => {
    const tree = steinerTree(['a', 'b', 'c', 'd'], [{ a: 'a', b: 'b', path: ['a', 'k', 'b'] }]);
    expect(tree.isolated).toEqual(['c', 'd']);
    expect(tree.connectors).toEqual(['k']);
  });
});

/** The path picked for the one pair `a`-`b` among its candidates (members: the two ends unless given). */
function pickOne(a: string, b: string, paths: Array<{ nodes: string[]; types: string[] }>, members = [a, b]) {
  return pickPairPaths([{ a, b, paths }], members)[0]?.path;
}

describe('pickPairPaths', () => {
  it('prefers a path through another member, then one without weak hops', () => {
    const picked = pickOne(
      'spark',
      'hadoop',
      [
        { nodes: ['spark', 'yarn', 'hadoop'], types: ['RUNS_ON', 'PART_OF'] },
        { nodes: ['spark', 'mapreduce', 'hadoop'], types: ['UPGRADE_OF', 'PART_OF'] },
      ],
      ['spark', 'hadoop', 'mapreduce'],
    );
    expect(picked).toEqual(['spark', 'mapreduce', 'hadoop']);
    const plain = pickOne('kafka', 'spark', [
      { nodes: ['kafka', 'hdinsight', 'spark'], types: ['MANAGED_VERSION_OF', 'MANAGED_VERSION_OF'] },
      { nodes: ['kafka', 'streaming', 'spark'], types: ['INTEGRATES_WITH', 'PART_OF'] },
    ]);
    expect(plain).toEqual(['kafka', 'streaming', 'spark']);
  });

  it('never joins two members through a connector by an alternative or upgrade hop, but keeps such a hop between two members', () => {
    const picked = pickPairPaths(
      [
        { a: 'django', b: 'kafka', paths: [{ nodes: ['django', 'fastapi', 'karapace', 'kafka'], types: ['ALTERNATIVE_TO', 'BUILT_ON', 'STORES_DATA_IN'] }] },
        { a: 'spark', b: 'mapreduce', paths: [{ nodes: ['spark', 'mapreduce'], types: ['UPGRADE_OF'] }] },
      ],
      ['django', 'kafka', 'spark', 'mapreduce'],
    );
    expect(picked).toEqual([{ a: 'spark', b: 'mapreduce', path: ['spark', 'mapreduce'] }]);
  });

  it('prefers the relation types that explain most among equally short paths', () => {
    const picked = pickOne('spark', 'hadoop', [
      { nodes: ['spark', 'bigtop', 'hadoop'], types: ['INTEGRATES_WITH', 'INTEGRATES_WITH'] },
      { nodes: ['spark', 'yarn', 'hadoop'], types: ['RUNS_ON', 'PART_OF'] },
    ]);
    expect(picked).toEqual(['spark', 'yarn', 'hadoop']);
  });
});
