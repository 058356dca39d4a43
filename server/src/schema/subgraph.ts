import { overviewSize } from '../../../schema/model/overview.ts';
import { relationTypeNames } from '../../../schema/model/vocabulary.ts';
import { builder } from '../builder.ts';
import type { GraphSlice } from '../db/queries/graph.ts';
import { graphSlice } from '../db/queries/graph.ts';
import type { NodePosition } from '../layout/force-layout.ts';
import { overviewSlice, sliceLayout } from '../layout/slice-layout.ts';
import { RelationTypeEnum } from './enums.ts';
import { projectionFor, selectedFields, subgraphPaths } from './projection.ts';
import { EntityRef, RelationRef } from './refs.ts';
import { intInRange } from './validation.ts';

const NodePositionRef = builder.objectRef<NodePosition>('NodePosition').implement({
  description: "A node's place in a layout, in layout units: a client scales the whole drawing to its screen.",
  fields: (t) => ({
    id: t.exposeID('id'),
    x: t.exposeFloat('x'),
    y: t.exposeFloat('y'),
  }),
});

export const SubgraphRef = builder.objectRef<GraphSlice>('Subgraph');

SubgraphRef.implement({
  description: 'A set of nodes and the relations among them.',
  fields: (t) => ({
    nodes: t.field({ type: [EntityRef], resolve: (g) => g.nodes }),
    relations: t.field({ type: [RelationRef], resolve: (g) => g.relations }),
    layout: t.field({
      type: [NodePositionRef],
      nullable: true,
      description:
        "A position for every node: the web app's force layout (fcose, nodes sized by degree), computed on the server and kept for as long as the subgraph's nodes, degrees and relations stay the same, so the same graph always gets the same drawing. Null for an empty subgraph, for one of more than 500 nodes, and when the server could not lay it out; a client then lays it out itself.",
      resolve: (g, _args, { db, layouts }) => sliceLayout(db, layouts, g),
    }),
    overview: t.field({
      type: SubgraphRef,
      args: { size: t.arg.int({ defaultValue: overviewSize, description: '1 to 200.', validate: intInRange('size', 1, 200) }) },
      description:
        "The web app's first view on its own: the technologies `overviewLayout` places, with the relations among them, so a client can draw it before the whole subgraph arrives. Its `layout` is `overviewLayout`.",
      resolve: (g, args) => overviewSlice(g, args.size ?? overviewSize),
    }),
    overviewLayout: t.field({
      type: [NodePositionRef],
      nullable: true,
      args: { size: t.arg.int({ defaultValue: overviewSize, description: '1 to 200.', validate: intInRange('size', 1, 200) }) },
      description:
        "The web app's first view, laid out: the `size` technologies with the most relations in this subgraph (ties by name, then id) placed by the same force layout as `layout`, considering only the relations among them. Their ids are the positions' ids. A small answer that is ready at once: the server lays out the curated graph's overview when it starts. Null as for `layout`.",
      resolve: (g, args, { db, layouts }) => sliceLayout(db, layouts, overviewSlice(g, args.size ?? overviewSize)),
    }),
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
    resolve: (_root, args, { db }, info) => {
      const projection = projectionFor(info, subgraphPaths.entity, subgraphPaths.relation);
      // The overview ranks ties by name, so it needs names even when the query asks for none.
      const top = selectedFields(info, []);
      const needsNames = (top.has('overviewLayout') || top.has('overview')) && !projection.entity.includes('name');
      return graphSlice(
        db,
        {
          categories: args.categories?.map(String) ?? null,
          vendors: args.vendors?.map(String) ?? null,
          types: args.relationTypes ?? relationTypeNames,
        },
        needsNames ? { ...projection, entity: [...projection.entity, 'name'] } : projection,
      );
    },
  }),
);
