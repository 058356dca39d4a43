import { builder } from '../builder.ts';
import { stackSize } from '../services/stack-members.ts';
import { type StackTranslation, translateStack } from '../services/translate-stack.ts';
import { TechnologyRef } from './refs.ts';
import { stackIdsSchema } from './stack.ts';

const StackTranslationRef = builder.objectRef<StackTranslation>('StackTranslation').implement({
  description: 'One member of a stack on another cloud.',
  fields: (t) => ({
    from: t.field({ type: TechnologyRef, resolve: (s) => s.from }),
    to: t.field({
      type: TechnologyRef,
      nullable: true,
      description: 'The equivalent on the target cloud, the member itself when it is portable or already there, or null when no equivalent is recorded.',
      resolve: (s) => s.to,
    }),
    reason: t.exposeString('reason', { description: 'Why this is the counterpart, or "No equivalent recorded …".' }),
  }),
});

builder.queryField('translateStack', (t) =>
  t.field({
    type: [StackTranslationRef],
    description:
      'Each member of a stack on another cloud, in the order given: its recorded equivalent there (cross-cloud alternatives, or a service managing the same software), the member itself when it is open source and not tied to a cloud, or null.',
    args: {
      ids: t.arg.idList({ required: true, description: `1 to ${stackSize.max} technology ids, each once.`, validate: stackIdsSchema(1) }),
      to: t.arg.id({ required: true, description: 'A cloud vendor id: "aws", "google-cloud" or "microsoft-azure".' }),
    },
    resolve: (_root, args, { db }) => translateStack(db, args.ids.map(String), String(args.to)),
  }),
);
