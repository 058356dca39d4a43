import { builder } from '../builder.ts';
import { addRelation, removeRelation } from '../services/relation-writes.ts';
import { requireWriter } from '../services/write-access.ts';
import { DeletePayloadRef } from './delete-payload.ts';
import { RelationTypeEnum } from './enums.ts';
import { RelationRef } from './refs.ts';

const RelationInput = builder.inputType('RelationInput', {
  description: 'A new relation "<from> <phrase> <to>", checked against the same schema as graph-seed/data.',
  fields: (t) => ({
    from: t.id({ required: true }),
    type: t.field({ type: RelationTypeEnum, required: true, description: 'Any type except the derived PROVIDED_BY and IN_CATEGORY.' }),
    to: t.id({ required: true }),
    note: t.string({ required: true, description: 'Why the relation holds, 10 to 300 characters.' }),
    source: t.string({ required: true, description: '"seed-notes" or "Reference name <https://…>".' }),
  }),
});

builder.mutationField('addRelation', (t) =>
  t.field({
    type: RelationRef,
    description: 'Adds a relation (origin USER). ALREADY_EXISTS when it is there already, in either direction for symmetric types.',
    args: { input: t.arg({ type: RelationInput, required: true }) },
    resolve: (_root, { input }, context) => {
      requireWriter(context);
      return addRelation(context.db, { ...input, from: String(input.from), to: String(input.to) });
    },
  }),
);

builder.mutationField('removeRelation', (t) =>
  t.field({
    type: DeletePayloadRef,
    description: 'Removes a relation added through the API (either direction for symmetric types); curated relations are refused (FORBIDDEN).',
    args: { from: t.arg.id({ required: true }), type: t.arg({ type: RelationTypeEnum, required: true }), to: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      requireWriter(context);
      return removeRelation(context.db, String(args.from), args.type, String(args.to));
    },
  }),
);
