import neo4j from 'neo4j-driver';
import { nameKeysQuery } from '../../domain/search-text.ts';
import type { Db } from '../driver.ts';
import { type EntityProp, type EntityRow, entityMap, entityProps, toEntityRow } from './rows.ts';

export interface SearchRow {
  entity: EntityRow;
  /** Lucene's relevance; 0 for a node found only by its exact name. */
  score: number;
}

/** Lucene's default cap on clauses in one query is 1024; name lookups stay well inside it. */
const keysPerQuery = 500;

const keyQueries = (keys: readonly string[]) =>
  Array.from({ length: Math.ceil(keys.length / keysPerQuery) }, (_, i) => nameKeysQuery(keys.slice(i * keysPerQuery, (i + 1) * keysPerQuery)));

/**
 * Full-text hits for `lucene` (null skips the index) together with every node whose name or alias
 * equals `nameKey` once normalised, so an exact name is never lost below description matches. The
 * exact branch reads the keyword-analysed `nameKeys` index, so it costs the same on 200 nodes or
 * 100,000 (it used to compare the normalised name of every node). Each hit carries `props` only.
 */
export async function searchEntities(
  db: Db,
  lucene: string | null,
  nameKey: string,
  limit: number,
  props: readonly EntityProp[] = entityProps,
): Promise<SearchRow[]> {
  const exact = `CALL db.index.fulltext.queryNodes('entity_name_keys', $keys) YIELD node
       RETURN node, 0.0 AS score`;
  const fullText = `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: $limit}) YIELD node, score
       RETURN node, score`;
  const rows = await db.read<{ e: unknown; score: number }>(
    `CALL () {
       ${lucene ? `${fullText}\n       UNION\n       ` : ''}${exact}
     }
     WITH node, max(score) AS score
     RETURN ${entityMap('node', props)} AS e, score`,
    { lucene, keys: nameKeysQuery([nameKey]), limit: neo4j.int(limit) },
  );
  return rows.map((r) => ({ entity: toEntityRow(r.e), score: r.score }));
}

/** Nodes whose normalised name or alias is one of `keys`, for reading names out of a question. */
export async function entitiesByNameKeys(db: Db, keys: readonly string[]): Promise<EntityRow[]> {
  if (keys.length === 0) return [];
  const rows = await db.read<{ e: unknown }>(
    `UNWIND $queries AS q
     CALL db.index.fulltext.queryNodes('entity_name_keys', q) YIELD node
     WITH DISTINCT node
     RETURN ${entityMap('node')} AS e`,
    { queries: keyQueries(keys) },
  );
  return rows.map((r) => toEntityRow(r.e));
}
