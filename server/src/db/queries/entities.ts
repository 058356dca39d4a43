import { relationTypeNames } from '../../../../schema/model/vocabulary.ts';
import type { Db } from '../driver.ts';
import { type Direction, relationPattern } from './patterns.ts';
import {
  alignById,
  type EntityProp,
  type EntityRow,
  entityMap,
  entityProps,
  markPartial,
  type RelationRow,
  relationMap,
  toEntityRow,
  toRelationRow,
} from './rows.ts';

/** The entities with these ids, in the same order; null where an id is unknown. One statement for the whole batch. */
export async function entitiesByIds(db: Db, ids: readonly string[], props: readonly EntityProp[] = entityProps): Promise<(EntityRow | null)[]> {
  const rows = await db.read<{ e: unknown }>(`MATCH (n:Entity) WHERE n.id IN $ids RETURN ${entityMap('n', props)} AS e`, { ids });
  return alignById(
    ids,
    rows.map((r) => markPartial(toEntityRow(r.e), props)),
  );
}

/** All vendors or all categories, by name. `label` is one of two literals, never user text. */
export async function entitiesWithLabel(db: Db, label: 'Vendor' | 'Category'): Promise<EntityRow[]> {
  const rows = await db.read<{ e: unknown }>(`MATCH (n:Entity:${label}) RETURN ${entityMap('n')} AS e ORDER BY toLower(n.name), n.id`);
  return rows.map((r) => toEntityRow(r.e));
}

/**
 * Number of relations (either direction) touching each entity, from the node's relationship counts
 * (GetDegree) rather than a walk: every relationship the graph holds joins two entities.
 */
export async function degreesByIds(db: Db, ids: readonly string[]): Promise<number[]> {
  const rows = await db.read<{ id: string; degree: number }>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (n:Entity {id: id})
     RETURN id, CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)--() } END AS degree`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r.degree]));
  return ids.map((id) => byId.get(id) ?? 0);
}

/** Relations of each entity, filtered by type and direction, each reported with its true direction. */
export async function relationsByIds(db: Db, ids: readonly string[], types: readonly string[] | null, direction: Direction): Promise<RelationRow[][]> {
  const rows = await db.read<{ id: string; relations: unknown[] }>(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       MATCH ${relationPattern('n', 'r', 'm:Entity', direction)}
       WHERE type(r) IN $types
       WITH r, m ORDER BY type(r), m.name
       RETURN collect(${relationMap('r')}) AS relations
     }
     RETURN id, relations`,
    { ids, types: types ?? relationTypeNames },
  );
  const byId = new Map(rows.map((r) => [r.id, r.relations.map(toRelationRow)]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** The vendor of each technology (null when it has none). */
export async function vendorsOfTechnologies(db: Db, ids: readonly string[]): Promise<(EntityRow | null)[]> {
  const rows = await db.read<{ id: string; e: unknown }>(
    `UNWIND $ids AS id
     MATCH (:Entity:Technology {id: id})-[:PROVIDED_BY]->(v:Vendor)
     RETURN id, ${entityMap('v')} AS e`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, toEntityRow(r.e)]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The categories of each technology, by name. */
export async function categoriesOfTechnologies(db: Db, ids: readonly string[]): Promise<EntityRow[][]> {
  return groupedNeighbours(db, ids, '(:Entity:Technology {id: id})-[:IN_CATEGORY]->(x:Category)');
}

/** The technologies each vendor provides, by name. */
export async function technologiesOfVendors(db: Db, ids: readonly string[]): Promise<EntityRow[][]> {
  return groupedNeighbours(db, ids, '(:Entity:Vendor {id: id})<-[:PROVIDED_BY]-(x:Technology)');
}

/** The technologies in each category, by name. */
export async function technologiesInCategories(db: Db, ids: readonly string[]): Promise<EntityRow[][]> {
  return groupedNeighbours(db, ids, '(:Entity:Category {id: id})<-[:IN_CATEGORY]-(x:Technology)');
}

/** `pattern` is one of the literals above: it binds `id` to the key and `x` to each neighbour. */
async function groupedNeighbours(db: Db, ids: readonly string[], pattern: string): Promise<EntityRow[][]> {
  const rows = await db.read<{ id: string; es: unknown[] }>(
    `UNWIND $ids AS id
     CALL (id) {
       MATCH ${pattern}
       WITH x ORDER BY toLower(x.name), x.id
       RETURN collect(${entityMap('x')}) AS es
     }
     RETURN id, es`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r.es.map(toEntityRow)]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** How many technologies each category holds. */
export async function technologyCountsOfCategories(db: Db, ids: readonly string[]): Promise<number[]> {
  const rows = await db.read<{ id: string; count: number }>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (c:Entity:Category {id: id})
     RETURN id, CASE WHEN c IS NULL THEN 0 ELSE COUNT { (c)<-[:IN_CATEGORY]-(:Technology) } END AS count`,
    { ids },
  );
  const byId = new Map(rows.map((r) => [r.id, r.count]));
  return ids.map((id) => byId.get(id) ?? 0);
}
