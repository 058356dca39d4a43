import { z } from 'zod';
import { builder } from '../builder.ts';
import { analyseStack, type StackOverlap, type StackResult, stackMaxHops } from '../services/stack.ts';
import { stackSize } from '../services/stack-members.ts';
import { RelationRef, TechnologyRef } from './refs.ts';

/** Between `min` and the stack maximum of ids; shared with translateStack, which accepts a stack of one. */
export function stackIdsSchema(min: number) {
  const message = `ids must list ${min} to ${stackSize.max} technologies; add or remove ids and try again.`;
  return { schema: z.array(z.string()).min(min, message).max(stackSize.max, message) };
}

const StackOverlapRef = builder.objectRef<StackOverlap>('StackOverlap').implement({
  description: 'Two members of a stack that are alternatives, or that do the same job.',
  fields: (t) => ({
    a: t.field({ type: TechnologyRef, resolve: (o) => o.a }),
    b: t.field({ type: TechnologyRef, resolve: (o) => o.b }),
    reason: t.exposeString('reason', { description: 'Why the two may be redundant, in a sentence.' }),
  }),
});

const StackRef = builder.objectRef<StackResult>('Stack').implement({
  description: 'How a set of technologies fits together.',
  fields: (t) => ({
    members: t.field({ type: [TechnologyRef], description: 'The technologies asked for, in the order given.', resolve: (s) => s.members }),
    relations: t.field({
      type: [RelationRef],
      description: 'Every relation among the members and their connectors (language links left out).',
      resolve: (s) => s.relations,
    }),
    connectors: t.field({
      type: [TechnologyRef],
      description: `The fewest extra technologies found that join the members (such as YARN between Spark and Hadoop): an approximate Steiner tree over shortest paths of up to ${stackMaxHops} relations.`,
      resolve: (s) => s.connectors,
    }),
    overlaps: t.field({
      type: [StackOverlapRef],
      description: 'Pairs of members that are alternatives or do the same job; recorded alternatives and upgrades first.',
      resolve: (s) => s.overlaps,
    }),
    isolated: t.field({
      type: [TechnologyRef],
      description: `Members with no path to another member within ${stackMaxHops} relations.`,
      resolve: (s) => s.isolated,
    }),
    summary: t.exposeString('summary', { description: 'A plain-English paragraph about the stack.' }),
  }),
});

builder.queryField('stack', (t) =>
  t.field({
    type: StackRef,
    description: `How ${stackSize.min} to ${stackSize.max} technologies fit together: what connects them, what overlaps, what stands alone. Written-in and API-language links are not walked: they would join almost anything through Java or Python.`,
    args: {
      ids: t.arg.idList({
        required: true,
        description: `${stackSize.min} to ${stackSize.max} technology ids, each once.`,
        validate: stackIdsSchema(stackSize.min),
      }),
    },
    resolve: (_root, args, { db }) => analyseStack(db, args.ids.map(String)),
  }),
);
