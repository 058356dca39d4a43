import neo4j from 'neo4j-driver';
import type { Db } from '../driver.ts';
import { type EntityRow, entityMap, toEntityRow } from './rows.ts';

export interface AlternativeFilter {
  to: string;
  runsOn: string | null;
  openSource: boolean | null;
  category: string | null;
  vendor: string | null;
  activeOnly: boolean;
  limit: number;
}

/** A candidate with everything its ranking and reason need. */
export interface AlternativeRow {
  entity: EntityRow;
  /** The note of a recorded ALTERNATIVE_TO between the two, or null. */
  alternativeNote: string | null;
  /** 'newer' when the candidate is an upgrade of the technology, 'older' when the technology is an upgrade of it. */
  upgrade: 'newer' | 'older' | null;
  /** Names of the categories the two share. */
  sharedCategories: string[];
  /** With `runsOn`: the names between the candidate and the platform ([] when it runs there directly). */
  runsVia: string[] | null;
  score: number;
}

/**
 * Technologies that do the job of `to`: recorded alternatives, upgrades either way, and technologies
 * sharing a category (walked from `to`, never a scan of every technology), leaving out its own managed versions and parts (they are the same software).
 * A platform counts as run on when reached through runs-on, built-on or part-of within two steps
 * with at least one runs-on (Kubeflow Pipelines runs on Kubernetes; so does what is built on it).
 * Ranked: a recorded alternative first, then an upgrade, then by shared categories, then by name.
 */
export async function alternativesOf(db: Db, filter: AlternativeFilter): Promise<AlternativeRow[]> {
  const rows = await db.read<Omit<AlternativeRow, 'entity'> & { e: unknown }>(
    `MATCH (t:Entity:Technology {id: $to})
     CALL (t) {
       MATCH (t)-[:ALTERNATIVE_TO|UPGRADE_OF]-(c:Entity:Technology) RETURN c
       UNION
       MATCH (t)-[:IN_CATEGORY]->(:Entity:Category)<-[:IN_CATEGORY]-(c:Entity:Technology) RETURN c
     }
     WITH t, c
     WHERE c <> t
       AND NOT EXISTS { (t)-[:MANAGED_VERSION_OF|PART_OF]-(c) }
       AND ($openSource IS NULL OR c.openSource = $openSource)
       AND ($category IS NULL OR EXISTS { (c)-[:IN_CATEGORY]->(:Entity:Category {id: $category}) })
       AND ($vendor IS NULL OR EXISTS { (c)-[:PROVIDED_BY]->(:Entity:Vendor {id: $vendor}) })
       AND (NOT $activeOnly OR coalesce(c.status, 'active') = 'active')
     CALL (t, c) {
       OPTIONAL MATCH (t)-[r:ALTERNATIVE_TO]-(c)
       RETURN r.note AS alternativeNote LIMIT 1
     }
     CALL (t, c) {
       RETURN CASE WHEN EXISTS { (c)-[:UPGRADE_OF]->(t) } THEN 'newer' WHEN EXISTS { (t)-[:UPGRADE_OF]->(c) } THEN 'older' END AS upgrade
     }
     CALL (t, c) {
       OPTIONAL MATCH (t)-[:IN_CATEGORY]->(k:Entity:Category)<-[:IN_CATEGORY]-(c)
       WITH k ORDER BY toLower(k.name)
       RETURN collect(k.name) AS sharedCategories
     }
     CALL (c) {
       OPTIONAL MATCH p = (c)-[:RUNS_ON|BUILT_ON|PART_OF*1..2]->(:Entity {id: $runsOn})
       WHERE any(x IN relationships(p) WHERE type(x) = 'RUNS_ON')
       WITH p ORDER BY length(p) LIMIT 1
       RETURN CASE WHEN p IS NULL THEN null ELSE [n IN nodes(p)[1..-1] | n.name] END AS runsVia
     }
     WITH c, alternativeNote, upgrade, sharedCategories, runsVia,
          (CASE WHEN alternativeNote IS NULL THEN 0 ELSE 4 END) + (CASE WHEN upgrade IS NULL THEN 0 ELSE 3 END) + size(sharedCategories) AS score
     WHERE $runsOn IS NULL OR runsVia IS NOT NULL
     RETURN ${entityMap('c')} AS e, alternativeNote, upgrade, sharedCategories, runsVia, score
     ORDER BY score DESC, toLower(c.name), c.id
     LIMIT $limit`,
    { ...filter, limit: neo4j.int(filter.limit) },
  );
  return rows.map(({ e, ...rest }) => ({ ...rest, entity: toEntityRow(e) }));
}
