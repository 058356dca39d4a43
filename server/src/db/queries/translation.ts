import type { Db } from '../driver.ts';
import { type EntityRow, entityMap, toEntityRow } from './rows.ts';

/** What the graph records about one technology and a target cloud vendor. */
export interface CloudCounterparts {
  id: string;
  /** The member's own vendor id, or null. */
  vendor: string | null;
  /** Technologies of the target vendor recorded as alternatives to the member, by name. */
  equivalents: EntityRow[];
  /** Target-vendor services that manage the same software the member manages, with that software's name. */
  siblings: Array<{ entity: EntityRow; via: string }>;
  /** Target-vendor services that are managed versions of the member itself. */
  managed: EntityRow[];
}

/** Counterparts of each technology at `vendor`, in the order of `ids`; one statement for all. */
export async function cloudCounterparts(db: Db, ids: readonly string[], vendor: string): Promise<CloudCounterparts[]> {
  const rows = await db.read<{ id: string; vendor: string | null; equivalents: unknown[]; siblings: Array<{ e: unknown; via: string }>; managed: unknown[] }>(
    `UNWIND $ids AS id
     MATCH (m:Entity:Technology {id: id})
     OPTIONAL MATCH (m)-[:PROVIDED_BY]->(own:Entity:Vendor)
     CALL (m) {
       OPTIONAL MATCH (m)-[:ALTERNATIVE_TO]-(o:Entity:Technology)-[:PROVIDED_BY]->(:Entity:Vendor {id: $vendor})
       WITH DISTINCT o ORDER BY toLower(o.name), o.id
       RETURN collect(${entityMap('o')}) AS equivalents
     }
     CALL (m) {
       OPTIONAL MATCH (m)-[:MANAGED_VERSION_OF]->(u:Entity:Technology)<-[:MANAGED_VERSION_OF]-(o:Entity:Technology)-[:PROVIDED_BY]->(:Entity:Vendor {id: $vendor})
       WITH o, u ORDER BY toLower(u.name), toLower(o.name), o.id
       RETURN collect(CASE WHEN o IS NULL THEN null ELSE {e: ${entityMap('o')}, via: u.name} END) AS siblings
     }
     CALL (m) {
       OPTIONAL MATCH (m)<-[:MANAGED_VERSION_OF]-(o:Entity:Technology)-[:PROVIDED_BY]->(:Entity:Vendor {id: $vendor})
       WITH DISTINCT o ORDER BY toLower(o.name), o.id
       RETURN collect(${entityMap('o')}) AS managed
     }
     RETURN id, own.id AS vendor, equivalents, siblings, managed`,
    { ids, vendor },
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    return {
      id,
      vendor: r?.vendor ?? null,
      equivalents: (r?.equivalents ?? []).map(toEntityRow),
      siblings: (r?.siblings ?? []).map((s) => ({ entity: toEntityRow(s.e), via: s.via })),
      managed: (r?.managed ?? []).map(toEntityRow),
    };
  });
}
