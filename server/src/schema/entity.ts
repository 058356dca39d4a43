import { degreesByIds, relationsByIds } from '../db/queries/entities.ts';
import type { RelationRow } from '../db/queries/rows.ts';
import { DirectionEnum, EntityLabelEnum, RelationTypeEnum } from './enums.ts';
import { EntityRef, RelationRef } from './refs.ts';

EntityRef.implement({
  description: 'A node of the graph: a technology, a vendor or a category.',
  resolveType: (row) => row.label,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The slug, e.g. "apache-spark"; stable once published.' }),
    name: t.exposeString('name'),
    kind: t.exposeString('kind', {
      description: 'open-source-project, managed-service, library, framework, language, tool, platform, file-format, specification, vendor or category',
    }),
    description: t.exposeString('description'),
    aliases: t.exposeStringList('aliases'),
    label: t.field({ type: EntityLabelEnum, resolve: (row) => row.label }),
    degree: t.loadable({
      type: 'Int',
      description: 'Number of relations touching this node (all types).',
      load: (ids: string[], { db }) => degreesByIds(db, ids),
      resolve: (row) => row.id,
    }),
    relations: t.loadableList({
      type: RelationRef,
      description: 'Relations of this node, each with its true direction.',
      // byPath: every node at one place in the query shares these arguments, so one statement serves them all.
      byPath: true,
      args: {
        types: t.arg({ type: [RelationTypeEnum], required: false }),
        direction: t.arg({ type: DirectionEnum, required: false, defaultValue: 'BOTH' }),
      },
      load: (ids: string[], { db }, args): Promise<RelationRow[][]> => relationsByIds(db, ids, args.types ?? null, args.direction ?? 'BOTH'),
      resolve: (row) => row.id,
    }),
  }),
});
