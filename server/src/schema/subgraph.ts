import { builder } from '../builder.ts';
import type { GraphSlice } from '../db/queries/graph.ts';
import { graphSlice } from '../db/queries/graph.ts';
import { relationTypeNames } from '../vocabulary.ts';
import { RelationTypeEnum } from './enums.ts';
import { projectionFor, subgraphPaths } from './projection.ts';
import { EntityRef, RelationRef } from './refs.ts';

export const SubgraphRef = builder.objectRef<GraphSlice>('Subgraph').implement({
  description: 'A set of nodes and the relations among them.',
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], resolve: (g) => g.nodes }),
    relations: t.field({ type: [RelationRef], resolve: (g) => g.relations }),
  }),
});

builder.queryField('graph', (t) =>
  t.field({
    type: SubgraphRef,
    description:
      'The whole graph or a slice for the first view: the technologies in any of `categories` and of any of `vendors` (all when omitted), the relations among them of `relationTypes` (all when omitted), and the vendors and categories those relations reach.',
    args: {
      categories: t.arg.idList({ required: false }),
      vendors: t.arg.idList({ required: false }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false }),
    },
    resolve: (_root, args, { db }, info) =>
      graphSlice(
        db,
        {
          categories: args.categories?.map(String) ?? null,
          vendors: args.vendors?.map(String) ?? null,
          types: args.relationTypes ?? relationTypeNames,
        },
        projectionFor(info, subgraphPaths.entity, subgraphPaths.relation),
      ),
  }),
);
