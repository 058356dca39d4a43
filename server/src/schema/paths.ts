import type { ArgBuilder, SchemaTypes } from '@pothos/core';
import { builder } from '../builder.ts';
import type { RelationRow } from '../db/queries/rows.ts';
import { type PathOptions, type PathResult, pathsBetween, requireEndpoints } from '../services/paths.ts';
import { RelationTypeEnum } from './enums.ts';
import { EntityRef, RelationRef } from './refs.ts';
import { intInRange } from './validation.ts';

const PathStrengthEnum = builder.enumType('PathStrength', {
  description: 'How well a path explains the relation, from its score; a path through a hub is always WEAK.',
  values: {
    STRONG: { value: 'STRONG' as const, description: 'Score at least 0.6: one relation, or two specific ones.' },
    MODERATE: { value: 'MODERATE' as const, description: 'Score from 0.4 to 0.6.' },
    WEAK: { value: 'WEAK' as const, description: 'Score below 0.4, or through a hub: worth showing apart.' },
  },
});

const PathStepRef = builder.objectRef<RelationRow[]>('PathStep').implement({
  description: 'One step of a path: every relation of the walked types between the same two nodes (parallel relations make one step).',
  fields: (t) => ({
    types: t.field({ type: [RelationTypeEnum], description: 'The types of the step, most specific first.', resolve: (s) => s.map((r) => r.type) }),
    relations: t.field({ type: [RelationRef], description: 'With their true direction, most specific first.', resolve: (s) => s }),
  }),
});

export const PathRef = builder.objectRef<PathResult>('Path').implement({
  description: 'A simple path between two nodes; relations were walked either way and keep their true direction.',
  fields: (t) => ({
    length: t.exposeInt('length', { description: 'Number of steps.' }),
    nodes: t.field({ type: [EntityRef], description: 'From the start to the end.', resolve: (p) => p.nodes }),
    relations: t.field({
      type: [RelationRef],
      description: 'relations[i] joins nodes[i] and nodes[i + 1]: the most specific relation of each step (all of them are in steps).',
      resolve: (p) => p.relations,
    }),
    steps: t.field({ type: [PathStepRef], description: 'steps[i] joins nodes[i] and nodes[i + 1], with every parallel relation.', resolve: (p) => p.steps }),
    summary: t.exposeString('summary', { description: 'The path as one sentence, e.g. "Apache Spark runs on YARN, which is part of Apache Hadoop."' }),
    explanation: t.exposeString('explanation', { description: 'The summary followed by the notes that say why each relation holds.' }),
    score: t.exposeFloat('score', {
      description:
        'In (0, 1], higher explains better: shorter paths, specific relation types and less connected intermediate nodes score higher (the ranking is documented in server/src/domain/path-ranking.ts).',
    }),
    strength: t.field({ type: PathStrengthEnum, resolve: (p) => p.strength }),
    viaHub: t.exposeBoolean('viaHub', {
      description:
        'The path passes through a generic hub (a programming language or a node with very many relations); returned only when no other path was found.',
    }),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T extends SchemaTypes> ? T : never;

/** The arguments `paths`, `relate` and `connection` share, with their defaults and checks. */
export const pathOptionArgs = (t: ArgBuilder<Types>) => ({
  maxHops: t.int({ defaultValue: 4, description: '1 to 6.', validate: intInRange('maxHops', 1, 6) }),
  relationTypes: t({
    type: [RelationTypeEnum],
    required: false,
    description:
      'Walk exactly these types. By default every type except the derived PROVIDED_BY and IN_CATEGORY, which are walked only on a step that reaches an end that is a vendor or a category.',
  }),
  first: t.int({ defaultValue: 5, description: '1 to 20. Fewer come back when the rest would only be detours.', validate: intInRange('first', 1, 20) }),
  avoidHubs: t.boolean({
    defaultValue: true,
    description: 'Leave out paths through generic hubs (programming languages, very connected nodes) unless nothing else connects the two.',
  }),
  excludeNodes: t.idList({
    required: false,
    description: 'Ids of nodes no path may pass through.',
    validate: { maxLength: [50, { message: 'excludeNodes takes at most 50 ids; exclude fewer nodes.' }] },
  }),
});

interface PathArgs {
  maxHops?: number | null;
  relationTypes?: readonly string[] | null;
  first?: number | null;
  avoidHubs?: boolean | null;
  excludeNodes?: readonly (string | number)[] | null;
}

export const pathOptionsOf = (args: PathArgs): PathOptions => ({
  maxHops: args.maxHops ?? 4,
  types: args.relationTypes ?? null,
  first: args.first ?? 5,
  avoidHubs: args.avoidHubs ?? true,
  excludeNodes: (args.excludeNodes ?? []).map(String),
});

builder.queryField('paths', (t) =>
  t.field({
    type: [PathRef],
    description:
      'The paths that best explain how two nodes relate, best first: ranked by score, no two through the same intermediate node, parallel relations merged into one step.',
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      ...pathOptionArgs(t.arg),
    },
    resolve: async (_root, args, { db }) => {
      const options = pathOptionsOf(args);
      const [from, to] = await requireEndpoints(db, String(args.from), String(args.to), options.excludeNodes);
      return pathsBetween(db, from.id, to.id, options);
    },
  }),
);
