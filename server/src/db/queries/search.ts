import neo4j from 'neo4j-driver';
import type { Db } from '../driver.ts';
import { type EntityRow, entityMap, toEntityRow } from './rows.ts';

/** Cypher twin of `normalizeName`: lowercase, without spaces, hyphens and underscores. */
export const normalizedExpr = (x: string) => `replace(replace(replace(toLower(${x}), ' ', ''), '-', ''), '_', '')`;

export interface SearchRow {
  entity: EntityRow;
  /** Lucene's relevance; 0 for a node found only by its exact name. */
  score: number;
}

/**
 * Full-text hits for `lucene` (null skips the index) together with every node whose name or alias
 * equals `nameKey` once normalised, so an exact name is never lost below description matches.
 */
export async function searchEntities(db: Db, lucene: string | null, nameKey: string, limit: number): Promise<SearchRow[]> {
  const exact = `MATCH (node:Entity)
       WHERE ${normalizedExpr('node.name')} = $nameKey OR any(a IN node.aliases WHERE ${normalizedExpr('a')} = $nameKey)
       RETURN node, 0.0 AS score`;
  const fullText = `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
       RETURN node, score`;
  const rows = await db.read<{ e: unknown; score: number }>(
    `CALL () {
       ${lucene ? `${fullText}\n       UNION\n       ` : ''}${exact}
     }
     WITH node, max(score) AS score
     RETURN ${entityMap('node')} AS e, score`,
    { lucene, nameKey, limit: neo4j.int(limit) },
  );
  return rows.map((r) => ({ entity: toEntityRow(r.e), score: r.score }));
}

/** Nodes whose normalised name or alias is one of `keys`, for reading names out of a question. */
export async function entitiesByNameKeys(db: Db, keys: readonly string[]): Promise<EntityRow[]> {
  if (keys.length === 0) return [];
  const rows = await db.read<{ e: unknown }>(
    `MATCH (n:Entity)
     WHERE ${normalizedExpr('n.name')} IN $keys OR any(a IN n.aliases WHERE ${normalizedExpr('a')} IN $keys)
     RETURN ${entityMap('n')} AS e`,
    { keys },
  );
  return rows.map((r) => toEntityRow(r.e));
}
