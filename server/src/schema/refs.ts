import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import type { EntityRow, RelationRow } from '../db/queries/rows.ts';
import { notFound, shown } from '../errors.ts';

/*
 * Refs are declared here and implemented in their own files, so types that point at each other
 * (Entity.relations → Relation.from → Entity) do not import each other in a circle.
 */

/** Any node. Fields may return just an id: the per-request loader fetches all ids of a level in one statement. */
export const EntityRef = builder.loadableInterfaceRef('Entity', {
  load: async (ids: string[], context: Context) =>
    (await entitiesByIds(context.db, ids)).map((row, i) => row ?? notFound(`No node has the id ${shown(ids[i] ?? '')}; check the id and try again.`)),
  // A partial row (read with a look-ahead projection) is cached under a key no load asks for.
  cacheResolved: (row: EntityRow) => (row.partial ? `partial:${row.id}` : row.id),
});

export const TechnologyRef = builder.objectRef<EntityRow>('Technology');
export const VendorRef = builder.objectRef<EntityRow>('Vendor');
export const CategoryRef = builder.objectRef<EntityRow>('Category');
export const RelationRef = builder.objectRef<RelationRow>('Relation');
