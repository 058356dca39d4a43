import { builder } from '../builder.ts';
import { type PathResult, pathsBetween, requireEndpoints } from '../services/paths.ts';
import { RelationTypeEnum } from './enums.ts';
import { EntityRef, RelationRef } from './refs.ts';
import { intInRange } from './validation.ts';

export const PathRef = builder.objectRef<PathResult>('Path').implement({
  description: 'A simple path between two nodes; relations were walked either way and keep their true direction.',
  fields: (t) => ({
    length: t.exposeInt('length', { description: 'Number of relations.' }),
    nodes: t.field({ type: [EntityRef], description: 'From the start to the end.', resolve: (p) => p.nodes }),
    relations: t.field({ type: [RelationRef], description: 'relations[i] joins nodes[i] and nodes[i + 1].', resolve: (p) => p.relations }),
    summary: t.exposeString('summary', { description: 'The path as one sentence, e.g. "Apache Spark runs on YARN, which is part of Apache Hadoop."' }),
    explanation: t.exposeString('explanation', { description: 'The summary followed by the notes that say why each relation holds.' }),
  }),
});

builder.queryField('paths', (t) =>
  t.field({
    type: [PathRef],
    description:
      'Shortest paths first, then longer simple paths, up to maxHops. By default every type except the derived PROVIDED_BY and IN_CATEGORY is walked; name them in relationTypes to include them.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: 4, description: '1 to 6.', validate: intInRange('maxHops', 1, 6) }),
      relationTypes: t.arg({ type: [RelationTypeEnum], required: false }),
      first: t.arg.int({ defaultValue: 5, description: '1 to 20.', validate: intInRange('first', 1, 20) }),
    },
    resolve: async (_root, args, { db }) => {
      const [from, to] = await requireEndpoints(db, String(args.from), String(args.to));
      return pathsBetween(db, from.id, to.id, { maxHops: args.maxHops ?? 4, types: args.relationTypes ?? null, first: args.first ?? 5 });
    },
  }),
);
