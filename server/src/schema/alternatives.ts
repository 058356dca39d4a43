import { builder } from '../builder.ts';
import { type Alternative, findAlternatives } from '../services/alternatives.ts';
import { TechnologyRef } from './refs.ts';
import { intInRange } from './validation.ts';

export const AlternativeRef = builder.objectRef<Alternative>('Alternative').implement({
  description: 'A technology that can do the job of another, with why it qualifies.',
  fields: (t) => ({
    technology: t.field({ type: TechnologyRef, resolve: (a) => a.technology }),
    reason: t.exposeString('reason', { description: 'How it relates to the technology and each constraint it meets, in a sentence.' }),
  }),
});

builder.queryField('alternatives', (t) =>
  t.field({
    type: [AlternativeRef],
    description:
      'Ranked alternatives to a technology that meet every constraint given: recorded alternatives first, then upgrades, then technologies sharing more of its categories. Its own managed versions and parts are not alternatives.',
    args: {
      to: t.arg.id({ required: true, description: 'The technology to replace.' }),
      runsOn: t.arg.id({ required: false, description: 'Only technologies that run on this one (directly, or through what they are built on or part of).' }),
      openSource: t.arg.boolean({ required: false, description: 'true: open source only; false: proprietary only.' }),
      category: t.arg.id({ required: false, description: 'Only technologies in this category.' }),
      vendor: t.arg.id({ required: false, description: 'Only technologies from this vendor.' }),
      activeOnly: t.arg.boolean({ required: false, description: 'true: leave out technologies in maintenance, deprecated or retired.' }),
      first: t.arg.int({ defaultValue: 10, description: '1 to 50.', validate: intInRange('first', 1, 50) }),
    },
    resolve: (_root, args, { db }) =>
      findAlternatives(db, {
        to: String(args.to),
        runsOn: args.runsOn == null ? null : String(args.runsOn),
        openSource: args.openSource ?? null,
        category: args.category == null ? null : String(args.category),
        vendor: args.vendor == null ? null : String(args.vendor),
        activeOnly: args.activeOnly ?? false,
        first: args.first ?? 10,
      }),
  }),
);
