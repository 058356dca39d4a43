import { relationKey } from '../../../../schema/model/relation-key.ts';
import { whitelistTypes } from '../../../../schema/model/vocabulary.ts';
import { type RelationRow, relationMap, toRelationRow } from './rows.ts';
import type { WriteTx } from './technology-writes.ts';

/**
 * Locks both endpoints (in id order, so two writers cannot deadlock each other) and says which of
 * them exist. Holding the locks makes "check, then create" safe against a concurrent identical add.
 */
export async function lockEndpoints(tx: WriteTx, ids: readonly string[]): Promise<Set<string>> {
  const rows = await tx.run<{ id: string }>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     SET n._lock = true REMOVE n._lock
     RETURN n.id AS id`,
    { ids: [...new Set(ids)].sort() },
  );
  return new Set(rows.map((r) => r.id));
}

/** The relation of this type between the two, stored from → to, or either way when `eitherWay` (symmetric types). */
export async function findRelation(tx: WriteTx, from: string, type: string, to: string, eitherWay: boolean): Promise<RelationRow | null> {
  const [t] = whitelistTypes([type]);
  const [row] = await tx.run<{ r: unknown }>(
    `MATCH (a:Entity {id: $from})-[r:${t}]-${eitherWay ? '' : '>'}(b:Entity {id: $to})
     RETURN ${relationMap('r')} AS r LIMIT 1`,
    { from, to },
  );
  return row ? toRelationRow(row.r) : null;
}

export async function insertRelation(tx: WriteTx, relation: { from: string; type: string; to: string; note: string; source: string }): Promise<RelationRow> {
  const [t] = whitelistTypes([relation.type]);
  const [row] = await tx.run<{ r: unknown }>(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     CREATE (a)-[r:${t} {key: $key, note: $note, source: $source, origin: 'user'}]->(b)
     RETURN ${relationMap('r')} AS r`,
    { ...relation, key: relationKey(relation) },
  );
  if (!row) throw new Error('The relation endpoints disappeared inside the transaction');
  return toRelationRow(row.r);
}

/** Deletes exactly the stored relation `row` describes (its true direction). */
export async function deleteRelation(tx: WriteTx, row: RelationRow): Promise<void> {
  const [t] = whitelistTypes([row.type]);
  await tx.run(`MATCH (:Entity {id: $from})-[r:${t}]->(:Entity {id: $to}) DELETE r`, { from: row.fromId, to: row.toId });
}
