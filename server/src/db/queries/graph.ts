import type { Db } from '../driver.ts';
import { type EntityRow, entityMap, fullProjection, markPartial, type Projection, type RelationRow, relationMap, toEntityRow, toRelationRow } from './rows.ts';

export interface GraphFilter {
  categories: readonly string[] | null;
  vendors: readonly string[] | null;
  types: readonly string[];
}

export interface GraphSlice {
  nodes: EntityRow[];
  relations: RelationRow[];
}

/** Whether node `v` is a technology passing the category and vendor filters. */
const techFilter = (v: string) =>
  `${v}:Technology
   AND ($categories IS NULL OR EXISTS { (${v})-[:IN_CATEGORY]->(c:Category) WHERE c.id IN $categories })
   AND ($vendors IS NULL OR EXISTS { (${v})-[:PROVIDED_BY]->(w:Vendor) WHERE w.id IN $vendors })`;

/**
 * The technologies passing the filters, the relations among them of the allowed types, and the
 * vendors and categories those relations reach. One statement, reading only what `projection` asks for.
 */
export async function graphSlice(db: Db, filter: GraphFilter, projection: Projection = fullProjection): Promise<GraphSlice> {
  const [row] = await db.read<{ nodes: unknown[]; relations: unknown[] }>(
    `MATCH (t:Entity) WHERE ${techFilter('t')}
     WITH collect(t) AS techs
     CALL (techs) {
       UNWIND techs AS t
       MATCH (t)-[r]-(o:Entity)
       WHERE type(r) IN $types AND (NOT o:Technology OR (${techFilter('o')}))
       RETURN collect(DISTINCT r) AS rels, collect(DISTINCT CASE WHEN o:Technology THEN null ELSE o END) AS others
     }
     WITH techs + others AS nodes, rels
     UNWIND nodes AS n
     WITH n, rels ORDER BY n:Technology DESC, toLower(n.name), n.id
     WITH collect(${entityMap('n', projection.entity)}) AS nodes, rels
     RETURN nodes, [r IN rels | ${relationMap('r', projection.relation)}] AS relations`,
    { categories: filter.categories, vendors: filter.vendors, types: filter.types },
  );
  if (!row) return { nodes: [], relations: [] };
  const relations = row.relations.map(toRelationRow).sort((a, b) => a.id.localeCompare(b.id));
  return { nodes: row.nodes.map((n) => markPartial(toEntityRow(n), projection.entity)), relations };
}
