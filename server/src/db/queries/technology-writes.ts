import { technologyNodeProps } from '../../../../schema/model/node-shape.ts';
import type { Db } from '../driver.ts';
import { type EntityRow, entityMap, toEntityRow } from './rows.ts';

/** The transaction handle `Db.writeTransaction` passes to its work function. */
export type WriteTx = Parameters<Parameters<Db['writeTransaction']>[0]>[0];

/** What the API stores on a technology node, the same properties the seed loader writes. */
export interface TechnologyProps {
  id: string;
  name: string;
  kind: string;
  description: string;
  aliases: string[];
  firstRelease: number;
  license: string;
  homepage: string;
  status: string;
  statusSince?: number;
  statusSource?: string;
}

export interface StoredTechnology {
  entity: EntityRow;
  categories: string[];
  vendor: string | null;
}

/** The node with this id (any label) with its categories and vendor, locked for the rest of the transaction. */
export async function readForUpdate(tx: WriteTx, id: string): Promise<StoredTechnology | null> {
  const [row] = await tx.run<{ e: unknown; categories: string[]; vendor: string | null }>(
    `MATCH (n:Entity {id: $id})
     SET n._lock = true REMOVE n._lock
     RETURN ${entityMap('n')} AS e,
            COLLECT { MATCH (n)-[:IN_CATEGORY]->(c:Category) RETURN c.id ORDER BY c.id } AS categories,
            COLLECT { MATCH (n)-[:PROVIDED_BY]->(v:Vendor) RETURN v.id }[0] AS vendor`,
    { id },
  );
  return row ? { entity: toEntityRow(row.e), categories: row.categories, vendor: row.vendor ?? null } : null;
}

/** Which of these category and vendor ids do not exist with the right label. */
export async function missingReferences(tx: WriteTx, categories: readonly string[], vendor: string | null): Promise<{ categories: string[]; vendor: boolean }> {
  const [row] = await tx.run<{ found: string[]; vendorFound: boolean }>(
    `RETURN COLLECT { MATCH (c:Category) WHERE c.id IN $categories RETURN c.id } AS found,
            $vendor IS NULL OR EXISTS { MATCH (v:Entity:Vendor {id: $vendor}) } AS vendorFound`,
    { categories, vendor },
  );
  const found = new Set(row?.found ?? []);
  return { categories: categories.filter((c) => !found.has(c)), vendor: !(row?.vendorFound ?? false) };
}

/** Creates the node; the uniqueness constraint on Entity.id makes a second create with the same id fail. */
export async function insertTechnology(tx: WriteTx, t: TechnologyProps): Promise<void> {
  await tx.run(`CREATE (n:Entity:Technology) SET n = $props, n.id = $id, n.origin = 'user'`, { id: t.id, props: technologyNodeProps(t) });
}

export async function updateTechnologyNode(tx: WriteTx, t: TechnologyProps): Promise<void> {
  await tx.run(`MATCH (n:Entity:Technology {id: $id}) SET n += $props`, { id: t.id, props: technologyNodeProps(t) });
}

/**
 * Rewrites the node's IN_CATEGORY and PROVIDED_BY relations from its fields, with the same keys
 * and notes the seed loader writes, marked as the API's.
 */
export async function replaceDerivedRelations(tx: WriteTx, id: string, categories: readonly string[], vendor: string | null): Promise<void> {
  await tx.run(`MATCH (n:Entity:Technology {id: $id})-[r:IN_CATEGORY|PROVIDED_BY]->() DELETE r`, { id });
  await tx.run(
    `MATCH (n:Entity:Technology {id: $id})
     UNWIND $categories AS categoryId
     MATCH (c:Entity:Category {id: categoryId})
     CREATE (n)-[:IN_CATEGORY {key: n.id + '|IN_CATEGORY|' + c.id, note: n.name + ' is filed under ' + c.name + '.', source: 'techgraph API', origin: 'user'}]->(c)`,
    { id, categories },
  );
  if (vendor)
    await tx.run(
      `MATCH (n:Entity:Technology {id: $id}), (v:Entity:Vendor {id: $vendor})
       CREATE (n)-[:PROVIDED_BY {key: n.id + '|PROVIDED_BY|' + v.id, note: n.name + ' is made or stewarded by ' + v.name + '.',
                                 source: n.name + ' homepage <' + n.homepage + '>', origin: 'user'}]->(v)`,
      { id, vendor },
    );
}

/** Deletes the node and every relation touching it; returns whether it existed. */
export async function deleteTechnologyNode(tx: WriteTx, id: string): Promise<boolean> {
  const [row] = await tx.run<{ deleted: number }>(`MATCH (n:Entity:Technology {id: $id}) DETACH DELETE n RETURN count(*) AS deleted`, { id });
  return (row?.deleted ?? 0) > 0;
}

/** True for Neo4j's "a uniqueness constraint would be violated" error. */
export const isConstraintViolation = (error: unknown) => (error as { code?: string })?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
