import { builder } from '../builder.ts';
import { type GraphStats, graphStats } from '../db/queries/stats.ts';

const Stats = builder.objectRef<GraphStats>('Stats').implement({
  description: 'How big the graph is.',
  fields: (t) => ({
    technologies: t.exposeInt('technologies'),
    vendors: t.exposeInt('vendors'),
    categories: t.exposeInt('categories'),
    relations: t.exposeInt('relations', { description: 'All relations, derived PROVIDED_BY and IN_CATEGORY included.' }),
  }),
});

builder.queryField('stats', (t) =>
  t.field({ type: Stats, description: 'Counts of nodes and relations in the graph.', resolve: (_root, _args, { db }) => graphStats(db) }),
);
