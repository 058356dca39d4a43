import { relationTypeNames } from '../../../../schema/model/vocabulary.ts';
import type { Db } from '../driver.ts';

export interface GraphStats {
  technologies: number;
  vendors: number;
  categories: number;
  relations: number;
  /** One entry per vocabulary type, zero counts included, in vocabulary order. */
  relationsByType: Array<{ type: string; count: number }>;
}

export async function graphStats(db: Db): Promise<GraphStats> {
  const [row] = await db.read<Omit<GraphStats, 'relationsByType'> & { byType: Array<{ type: string; count: number }> }>(
    `CALL () { MATCH (n:Technology) RETURN count(n) AS technologies }
     CALL () { MATCH (n:Vendor) RETURN count(n) AS vendors }
     CALL () { MATCH (n:Category) RETURN count(n) AS categories }
     CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relations }
     CALL () {
       MATCH (:Entity)-[r]->(:Entity)
       WITH type(r) AS type, count(r) AS count
       RETURN collect({type: type, count: count}) AS byType
     }
     RETURN technologies, vendors, categories, relations, byType`,
  );
  const counts = new Map((row?.byType ?? []).map((t) => [t.type, t.count]));
  return {
    technologies: row?.technologies ?? 0,
    vendors: row?.vendors ?? 0,
    categories: row?.categories ?? 0,
    relations: row?.relations ?? 0,
    relationsByType: relationTypeNames.map((type) => ({ type, count: counts.get(type) ?? 0 })),
  };
}
