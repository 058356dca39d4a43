import type { Db } from '../driver.ts';
import { type EntityRow, entityMap, toEntityRow } from './rows.ts';

/**
 * Managed services at other vendors that are alternatives to `id` (either direction: the type is
 * symmetric and stored once), by vendor then name; `vendor` narrows to one vendor.
 */
export async function equivalentServices(db: Db, id: string, vendor: string | null): Promise<EntityRow[]> {
  const rows = await db.read<{ e: unknown }>(
    `MATCH (t:Entity {id: $id})-[:ALTERNATIVE_TO]-(o:Technology {kind: 'managed-service'})-[:PROVIDED_BY]->(v:Vendor)
     WHERE NOT EXISTS { (t)-[:PROVIDED_BY]->(v) } AND ($vendor IS NULL OR v.id = $vendor)
     WITH DISTINCT o, v ORDER BY toLower(v.name), toLower(o.name), o.id
     RETURN ${entityMap('o')} AS e`,
    { id, vendor },
  );
  return rows.map((r) => toEntityRow(r.e));
}
