import { whitelistTypes } from '../../../../schema/model/vocabulary.ts';
import type { PairCandidates } from '../../domain/stack-paths.ts';
import type { Db } from '../driver.ts';
import { type RelationRow, relationMap, toRelationRow } from './rows.ts';

/**
 * Every shortest path (up to `perPair`) between each pair of members within `maxHops`, as node id
 * lists; pairs with no such path are left out. One statement for all pairs. The hop bound and the
 * per-pair limit are checked integers and the types come from the vocabulary whitelist, because
 * Neo4j takes no parameter in those places.
 */
export async function memberPairPaths(db: Db, ids: readonly string[], types: readonly string[], maxHops: number, perPair: number): Promise<PairCandidates[]> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 6) throw new RangeError('maxHops must be an integer from 1 to 6');
  if (!Number.isInteger(perPair) || perPair < 1 || perPair > 20) throw new RangeError('perPair must be an integer from 1 to 20');
  const pattern = whitelistTypes(types).join('|');
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b]));
  if (pairs.length === 0 || pattern.length === 0) return [];
  const rows = await db.read<{ a: string; b: string; paths: Array<{ nodes: string[]; types: string[] }> }>(
    `UNWIND $pairs AS pair
     MATCH (a:Entity {id: pair[0]}), (b:Entity {id: pair[1]})
     CALL (a, b) {
       MATCH p = allShortestPaths((a)-[:${pattern}*..${maxHops}]-(b))
       WITH p LIMIT ${perPair}
       RETURN collect({nodes: [n IN nodes(p) | n.id], types: [r IN relationships(p) | type(r)]}) AS paths
     }
     RETURN a.id AS a, b.id AS b, paths`,
    { pairs },
    { timeoutMs: 10_000 },
  );
  return rows.filter((r) => r.paths.length > 0).map((r) => ({ a: r.a, b: r.b, paths: r.paths }));
}

/** Relations of the given types whose two ends are both among `ids`, by type then ends. */
export async function relationsAmong(db: Db, ids: readonly string[], types: readonly string[]): Promise<RelationRow[]> {
  const rows = await db.read<{ r: unknown }>(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE a.id IN $ids AND b.id IN $ids AND type(r) IN $types
     WITH r, a, b ORDER BY type(r), a.id, b.id
     RETURN ${relationMap('r')} AS r`,
    { ids, types: whitelistTypes(types) },
  );
  return rows.map((row) => toRelationRow(row.r));
}

export interface CategoryPair {
  a: string;
  b: string;
  /** Names of the categories both are in. */
  categories: string[];
  /** How many categories each is in. */
  aCount: number;
  bCount: number;
}

/** Pairs of the given technologies that share categories, with the shared category names and each one's category count. */
export async function sharedCategories(db: Db, ids: readonly string[]): Promise<CategoryPair[]> {
  return db.read<CategoryPair>(
    `MATCH (a:Entity:Technology)-[:IN_CATEGORY]->(c:Entity:Category)<-[:IN_CATEGORY]-(b:Entity:Technology)
     WHERE a.id IN $ids AND b.id IN $ids AND a.id < b.id
     WITH a, b, c ORDER BY toLower(c.name)
     RETURN a.id AS a, b.id AS b, collect(c.name) AS categories, COUNT { (a)-[:IN_CATEGORY]->() } AS aCount, COUNT { (b)-[:IN_CATEGORY]->() } AS bCount
     ORDER BY a, b`,
    { ids },
  );
}
