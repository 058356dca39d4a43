import { describe, expect, it } from 'vitest';
import { relationTypeNames } from '../../../schema/model/vocabulary.ts';
import { peerField, peerNeighborhoodQuery, peerTypeDefs } from '../../bench/peer-schema.ts';

describe('the @neo4j/graphql peer of the benchmark', () => {
  it('names one camel-case field per relation type', () => {
    expect(peerField('RUNS_ON')).toBe('runsOn');
    expect(peerField('MANAGED_VERSION_OF')).toBe('managedVersionOf');
    for (const type of relationTypeNames) expect(peerTypeDefs).toContain(`@relationship(type: "${type}", direction: OUT, queryDirection: UNDIRECTED)`);
  });

  it('nests the neighbourhood document one level per depth, capping every field', () => {
    const depth1 = peerNeighborhoodQuery(1);
    const depth2 = peerNeighborhoodQuery(2, 10);
    expect(depth1.match(/\(limit: 25\)/g)).toHaveLength(relationTypeNames.length);
    expect(depth2.match(/\(limit: 10\)/g)).toHaveLength(relationTypeNames.length * (1 + relationTypeNames.length));
  });
});
