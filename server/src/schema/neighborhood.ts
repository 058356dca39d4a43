import { builder } from '../builder.ts';
import { type NeighborhoodResult, neighborhoodOf } from '../services/neighborhood.ts';
import { DirectionEnum, RelationTypeEnum } from './enums.ts';
import { neighborhoodPaths, projectionFor } from './projection.ts';
import { EntityRef, RelationRef } from './refs.ts';
import { intInRange } from './validation.ts';

const OmittedNeighbors = builder.objectRef<{ nodeId: string; count: number }>('OmittedNeighbors').implement({
  description: 'A node whose neighbours were capped, and how many were left out.',
  fields: (t) => ({
    nodeId: t.exposeID('nodeId'),
    count: t.exposeInt('count'),
  }),
});

const Neighborhood = builder.objectRef<NeighborhoodResult>('Neighborhood').implement({
  description: 'The subgraph around a node.',
  fields: (t) => ({
    center: t.field({ type: EntityRef, resolve: (n) => n.center }),
    nodes: t.field({ type: [EntityRef], description: 'The center first, then each level in turn.', resolve: (n) => n.nodes }),
    relations: t.field({ type: [RelationRef], resolve: (n) => n.relations }),
    omitted: t.field({ type: [OmittedNeighbors], description: 'Per node whose neighbours were capped: how many were left out.', resolve: (n) => n.omitted }),
    omittedTotal: t.exposeInt('omittedTotal'),
  }),
});

builder.queryField('neighborhood', (t) =>
  t.field({
    type: Neighborhood,
    description: 'Nodes within `depth` relations of a node; each node keeps its `limitPerNode` best-connected neighbours.',
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ defaultValue: 1, description: '1 to 3.', validate: intInRange('depth', 1, 3) }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false, description: 'Only these types; all when omitted.' }),
      direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH' }),
      limitPerNode: t.arg.int({ defaultValue: 25, description: '1 to 100.', validate: intInRange('limitPerNode', 1, 100) }),
    },
    resolve: (_root, args, { db }, info) =>
      neighborhoodOf(db, String(args.id), {
        depth: args.depth ?? 1,
        types: args.relationTypes ?? null,
        direction: args.direction ?? 'BOTH',
        limitPerNode: args.limitPerNode ?? 25,
        projection: projectionFor(info, neighborhoodPaths.entity, neighborhoodPaths.relation),
      }),
  }),
);
