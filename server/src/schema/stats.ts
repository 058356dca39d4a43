import { builder } from '../builder.ts';
import { type GraphStats, graphStats } from '../db/queries/stats.ts';
import { RelationTypeEnum } from './enums.ts';

const RelationTypeCount = builder.objectRef<{ type: string; count: number }>('RelationTypeCount').implement({
  fields: (t) => ({
    type: t.field({ type: RelationTypeEnum, resolve: (r) => r.type }),
    count: t.exposeInt('count'),
  }),
});

const Stats = builder.objectRef<GraphStats>('Stats').implement({
  description: 'How big the graph is.',
  fields: (t) => ({
    technologies: t.exposeInt('technologies'),
    vendors: t.exposeInt('vendors'),
    categories: t.exposeInt('categories'),
    relations: t.exposeInt('relations', { description: 'All relations, derived PROVIDED_BY and IN_CATEGORY included.' }),
    relationsByType: t.field({ type: [RelationTypeCount], description: 'One entry per relation type, zeros included.', resolve: (s) => s.relationsByType }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({ type: Stats, description: 'Counts of nodes and relations in the graph.', resolve: (_root, _args, { db }) => graphStats(db) }),
);
