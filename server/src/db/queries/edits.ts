import type { Db } from '../driver.ts';

/** A technology created through the API, as the curated data would write it. */
export interface EditedTechnology {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  categories: string[];
  vendor: string | null;
  description: string;
  firstRelease: number;
  license: string;
  homepage: string;
  remarks: string[];
  status: string;
  statusSince: number | null;
  statusSource: string | null;
}

/** A relation added through the API between any two nodes. */
export interface EditedRelation {
  from: string;
  type: string;
  to: string;
  note: string;
  source: string;
}

/** Technologies with origin "user", with the categories and vendor their derived relations name. */
export function editedTechnologies(db: Db): Promise<EditedTechnology[]> {
  return db.read<EditedTechnology>(
    `MATCH (n:Technology {origin: 'user'})
     RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases, n.kind AS kind,
            COLLECT { MATCH (n)-[:IN_CATEGORY]->(c:Category) RETURN c.id ORDER BY c.id } AS categories,
            COLLECT { MATCH (n)-[:PROVIDED_BY]->(v:Vendor) RETURN v.id }[0] AS vendor,
            n.description AS description, n.firstRelease AS firstRelease, n.license AS license, n.homepage AS homepage,
            coalesce(n.remarks, []) AS remarks,
            coalesce(n.status, 'active') AS status, n.statusSince AS statusSince, n.statusSource AS statusSource
     ORDER BY id`,
  );
}

/**
 * Relations with origin "user" of the curated types. The derived ones (IN_CATEGORY, PROVIDED_BY)
 * are left out: in the data they are the technology's categories and vendor fields.
 */
export function editedRelations(db: Db, derivedTypes: readonly string[]): Promise<EditedRelation[]> {
  return db.read<EditedRelation>(
    `MATCH (a:Entity)-[r {origin: 'user'}]->(b:Entity)
     WHERE NOT type(r) IN $derivedTypes
     RETURN a.id AS from, type(r) AS type, b.id AS to, r.note AS note, r.source AS source
     ORDER BY from, type, to`,
    { derivedTypes },
  );
}
