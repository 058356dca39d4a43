import { describe, expect, it } from 'vitest';
import { expandStatement } from '../../../server/src/db/queries/neighborhood.ts';
import { pathStatements } from '../../../server/src/db/queries/paths.ts';

/** The statement with its whitespace folded, so assertions read like the Cypher they check. */
const folded = (cypher: string) => cypher.replace(/\s+/g, ' ').trim();

describe('the neighbourhood expansion statement', () => {
  it('walks only the allowed relation types, in the pattern itself', () => {
    const cypher = folded(expandStatement({ types: ['RUNS_ON', 'PART_OF'], direction: 'BOTH' }));
    expect(cypher).toContain('MATCH (n)-[r:RUNS_ON|PART_OF]-(m)');
  });

  it('points the pattern the way the direction says', () => {
    expect(folded(expandStatement({ types: ['RUNS_ON'], direction: 'OUTGOING' }))).toContain('MATCH (n)-[r:RUNS_ON]->(m)');
    expect(folded(expandStatement({ types: ['RUNS_ON'], direction: 'INCOMING' }))).toContain('MATCH (n)<-[r:RUNS_ON]-(m)');
  });

  it('keeps every value a parameter: frontier, known ids and the cap', () => {
    const cypher = expandStatement({ types: ['RUNS_ON'], direction: 'BOTH' });
    expect(cypher).toContain('UNWIND $frontier AS id');
    expect(cypher).toContain('m.id IN $known');
    expect(cypher).toContain('ranked[0..$limit]');
  });

  it('refuses a relation type outside the vocabulary instead of putting it into the pattern', () => {
    expect(() => expandStatement({ types: ['RUNS_ON]-() DETACH DELETE m //'], direction: 'BOTH' })).toThrow(/not in the vocabulary/);
  });

  it('matches nothing, rather than everything, when no type is allowed', () => {
    expect(folded(expandStatement({ types: [], direction: 'BOTH' }))).toContain('[r:`techgraph no type`]');
  });

  it('projects only the properties asked for, and the centre only with withSelf', () => {
    const lean = folded(expandStatement({ types: ['RUNS_ON'], direction: 'BOTH', projection: { entity: ['name'], relation: ['note'] } }));
    expect(lean).toContain('m {.id, .name, label:');
    expect(lean).not.toContain('.description');
    expect(lean).toContain('out: startNode(r) = n, note: r.note}');
    expect(lean).not.toContain('AS self');
    expect(folded(expandStatement({ types: ['RUNS_ON'], direction: 'BOTH', withSelf: true }))).toContain('AS self');
  });
});

describe('the path statements', () => {
  it('asks the bidirectional search first and SHORTEST k second, both bounded by maxHops', () => {
    const statements = pathStatements({ maxHops: 4, types: ['RUNS_ON', 'PART_OF'], count: 7 });
    expect(statements).not.toBeNull();
    expect(folded(statements?.shortest ?? '')).toContain('MATCH p = allShortestPaths((a)-[:RUNS_ON|PART_OF*..4]-(b)) WITH p LIMIT 7');
    expect(folded(statements?.longer ?? '')).toContain('MATCH p = SHORTEST 7 ( (a:Entity {id: $from}) ((x:Entity)-[:RUNS_ON|PART_OF]-(y:Entity)){1,4}');
  });

  it('keeps paths simple: no node twice and the target only at the end', () => {
    const longer = folded(pathStatements({ maxHops: 3, types: ['RUNS_ON'], count: 5 })?.longer ?? '');
    expect(longer).toContain('WHERE all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..] AND x[i] <> b)');
  });

  it('takes the ends as parameters', () => {
    const { shortest = '', longer = '' } = pathStatements({ maxHops: 2, types: ['RUNS_ON'], count: 1 }) ?? {};
    for (const cypher of [shortest, longer]) {
      expect(cypher).toContain('{id: $from}');
      expect(cypher).toContain('{id: $to}');
    }
  });

  it('interpolates only whole numbers in range for the hop bound and the count', () => {
    expect(() => pathStatements({ maxHops: 7, types: ['RUNS_ON'], count: 5 })).toThrow(/maxHops/);
    expect(() => pathStatements({ maxHops: 2.5, types: ['RUNS_ON'], count: 5 })).toThrow(/maxHops/);
    expect(() => pathStatements({ maxHops: 3, types: ['RUNS_ON'], count: 61 })).toThrow(/count/);
    expect(() => pathStatements({ maxHops: 3, types: ['RUNS_ON'], count: 0 })).toThrow(/count/);
  });

  it('refuses a relation type outside the vocabulary', () => {
    expect(() => pathStatements({ maxHops: 3, types: ['RUNS_ON*..99]-()'], count: 5 })).toThrow(/not in the vocabulary/);
  });

  it('has no statement when no type is allowed, since no path can exist', () => {
    expect(pathStatements({ maxHops: 3, types: [], count: 5 })).toBeNull();
  });
});
