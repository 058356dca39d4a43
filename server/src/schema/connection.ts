import { builder } from '../builder.ts';
import { type ConnectionResult, connectionBetween } from '../services/connection.ts';
import { requireEndpoints } from '../services/paths.ts';
import { PathRef, pathOptionArgs, pathOptionsOf } from './paths.ts';
import { EntityRef } from './refs.ts';

const SharedContextRef = builder.objectRef<ConnectionResult['shared']>('SharedContext').implement({
  description: 'What two nodes have in common besides the paths between them.',
  fields: (t) => ({
    categories: t.field({ type: [EntityRef], description: 'Categories both are in.', resolve: (s) => s.categories.map((c) => c.id) }),
    vendors: t.field({ type: [EntityRef], description: 'The vendor both come from, if it is the same.', resolve: (s) => s.vendors.map((v) => v.id) }),
    alternatives: t.field({ type: [EntityRef], description: 'Things both are an alternative to.', resolve: (s) => s.alternatives.map((a) => a.id) }),
  }),
});

export const ConnectionRef = builder.objectRef<ConnectionResult>('Connection').implement({
  description: 'How two nodes relate: a short paragraph, the ranked paths it is told from, and what the two share.',
  fields: (t) => ({
    from: t.field({ type: EntityRef, resolve: (c) => c.from }),
    to: t.field({ type: EntityRef, resolve: (c) => c.to }),
    summary: t.exposeString('summary', {
      description:
        'e.g. "Apache Spark relates to Apache Hadoop in three ways: it is an upgrade of Hadoop MapReduce, runs on YARN and stores data in HDFS, each of which is part of Apache Hadoop."',
    }),
    paths: t.field({ type: [PathRef], description: 'As `paths` returns them.', resolve: (c) => c.paths }),
    shared: t.field({ type: SharedContextRef, resolve: (c) => c.shared }),
  }),
});

builder.queryField('connection', (t) =>
  t.field({
    type: ConnectionRef,
    description: 'How two nodes relate, told as a short paragraph that groups the strongest paths and names what the two share.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      ...pathOptionArgs(t.arg),
    },
    resolve: async (_root, args, { db }) => {
      const options = pathOptionsOf(args);
      const [from, to] = await requireEndpoints(db, String(args.from), String(args.to), options.excludeNodes);
      return connectionBetween(db, from, to, options);
    },
  }),
);
