import { describe, expect, it } from 'vitest';
import { expandStatement } from '../../../server/src/db/queries/neighborhood.ts';
import { candidateStatement, layerStatement, shortestStatement } from '../../../server/src/db/queries/paths.ts';

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

describe('the path candidate statement', () => {
  const search = { maxHops: 4, types: ['RUNS_ON', 'PART_OF'], endTypes: [], count: 7, avoidHubs: null };

  it('asks SHORTEST k bounded by maxHops, walking only the allowed types', () => {
    expect(folded(candidateStatement(search) ?? '')).toContain('MATCH p = SHORTEST 7 ( (a:Entity {id: $from}) ((x:Entity)-[r:RUNS_ON|PART_OF]-(y:Entity)');
    expect(folded(candidateStatement(search) ?? '')).toContain('){1,4} (b:Entity {id: $to})');
  });

  it('keeps paths simple: no node twice and the target only at the end', () => {
    expect(folded(candidateStatement(search) ?? '')).toContain('WHERE all(i IN range(0, size(x) - 1) WHERE NOT x[i] IN x[i + 1..] AND x[i] <> b)');
  });

  it('never expands excluded nodes, nor hubs when asked to avoid them, with every value a parameter', () => {
    expect(folded(candidateStatement(search) ?? '')).toContain('(y.id = $to OR (NOT y.id IN $exclude ))');
    const avoiding = folded(candidateStatement({ ...search, avoidHubs: { kinds: ['language'], degree: 50 } }) ?? '');
    expect(avoiding).toContain(
      "NOT coalesce(y.kind, '') IN $hubKinds AND (COUNT { (y)--() } < $hubDegree OR COUNT { (y)-[:RUNS_ON|PART_OF]-() } < $hubDegree)",
    );
  });

  it('reads every relation of a step by Expand(Into) between its two nodes, and the degree of intermediate nodes only', () => {
    const cypher = folded(candidateStatement(search) ?? '');
    expect(cypher).toContain('WITH ns, i, ns[i] AS s, ns[i + 1] AS t MATCH (s)-[q:RUNS_ON|PART_OF]-(t)');
    expect(cypher).toContain('[n IN ns[1..-1] | COUNT { (n)-[:RUNS_ON|PART_OF]-() }] AS degrees');
  });

  it('walks end types only on a step that touches an end which is not a technology', () => {
    const cypher = folded(candidateStatement({ ...search, endTypes: ['PROVIDED_BY'] }) ?? '');
    expect(cypher).toContain('[r:RUNS_ON|PART_OF|PROVIDED_BY]');
    expect(cypher).toContain('(type(r) IN $endOnly AND ((x.id = $from AND NOT x:Technology) OR (y.id = $to AND NOT y:Technology)))');
  });

  it('interpolates only whole numbers in range for the hop bound and the count', () => {
    expect(() => candidateStatement({ ...search, maxHops: 7 })).toThrow(/maxHops/);
    expect(() => candidateStatement({ ...search, maxHops: 2.5 })).toThrow(/maxHops/);
    expect(() => candidateStatement({ ...search, count: 101 })).toThrow(/count/);
    expect(() => candidateStatement({ ...search, count: 0 })).toThrow(/count/);
  });

  it('is null when no type may be walked', () => {
    expect(candidateStatement({ ...search, types: [] })).toBeNull();
  });
});

describe('the statement that grows one layer of the bidirectional path search', () => {
  const search = { types: ['RUNS_ON', 'PART_OF'], endTypes: [], avoidHubs: { kinds: ['language'], degree: 50 } };

  it('walks the allowed types from every frontier node, never into an excluded node or a hub unless it is an end', () => {
    const cypher = folded(layerStatement(search, false) ?? '');
    expect(cypher).toContain('UNWIND $frontier AS id MATCH (n:Entity {id: id})-[r:RUNS_ON|PART_OF]-(m:Entity)');
    expect(cypher).toContain("WHERE (m.id IN $ends OR (NOT m.id IN $exclude AND NOT coalesce(m.kind, '') IN $hubKinds");
    expect(cypher).toContain('RETURN n.id AS from, collect(m.id) AS to, collect(COUNT { (m)--() }) AS degree');
  });

  it('tests only membership of the other ball on a last layer, and leaves the hub test out when hubs are allowed', () => {
    expect(folded(layerStatement(search, true) ?? '')).toContain('WHERE m.id IN $into WITH DISTINCT n, m');
    expect(folded(layerStatement({ ...search, avoidHubs: null }, false) ?? '')).toContain('(m.id IN $ends OR (NOT m.id IN $exclude ))');
  });

  it('walks end types only on a step that touches an end which is not a technology, and is null when no type may be walked', () => {
    const cypher = folded(layerStatement({ ...search, endTypes: ['PROVIDED_BY'] }, false) ?? '');
    expect(cypher).toContain('[r:RUNS_ON|PART_OF|PROVIDED_BY]');
    expect(cypher).toContain('AND (type(r) IN $middle OR (n.id IN $ends AND NOT n:Technology) OR (m.id IN $ends AND NOT m:Technology))');
    expect(layerStatement({ ...search, types: [] }, false)).toBeNull();
  });
});

describe('the shortest-paths statement for a single answer', () => {
  const search = { maxHops: 3, types: ['RUNS_ON', 'PART_OF'], count: 10, avoidHubs: { kinds: ['language'], degree: 50 } };

  it('asks allShortestPaths with one predicate over every node, so Neo4j checks it during the search', () => {
    const cypher = folded(shortestStatement(search) ?? '');
    expect(cypher).toContain('MATCH p = allShortestPaths((a)-[:RUNS_ON|PART_OF*..3]-(b))');
    expect(cypher).toContain("WHERE all(n IN nodes(p) WHERE n = a OR n = b OR (NOT n.id IN $exclude AND NOT coalesce(n.kind, '') IN $hubKinds");
    expect(cypher).toContain('WITH p LIMIT 10');
  });

  it('leaves the hub test out when hubs are allowed, and is null when no type may be walked', () => {
    expect(folded(shortestStatement({ ...search, avoidHubs: null }) ?? '')).toContain('WHERE n = a OR n = b OR (NOT n.id IN $exclude ))');
    expect(shortestStatement({ ...search, types: [] })).toBeNull();
    expect(() => shortestStatement({ ...search, maxHops: 0 })).toThrow(/maxHops/);
  });
});
