import { builder } from '../builder.ts';
import { createTechnology, deleteTechnology, updateTechnology } from '../services/technology-writes.ts';
import { requireWriter } from '../services/write-access.ts';
import { DeletePayloadRef } from './delete-payload.ts';
import { LifecycleStatusEnum } from './enums.ts';
import { TechnologyRef } from './refs.ts';

const TechnologyInput = builder.inputType('TechnologyInput', {
  description: 'A new technology, checked against the same schema as graph-seed/data.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'A slug such as "apache-spark"; it never changes.' }),
    name: t.string({ required: true }),
    aliases: t.stringList({ required: false }),
    kind: t.string({ required: true }),
    categories: t.idList({ required: true }),
    vendor: t.id({ required: false }),
    description: t.string({ required: true, description: '20 to 400 characters.' }),
    firstRelease: t.int({ required: true }),
    license: t.string({ required: true, description: 'An SPDX id such as "Apache-2.0", or "Proprietary".' }),
    homepage: t.string({ required: true, description: 'An https:// URL.' }),
    status: t.field({ type: LifecycleStatusEnum, required: false, description: 'ACTIVE when absent; anything else needs statusSince and statusSource.' }),
    statusSince: t.int({ required: false, description: 'The year the status took effect.' }),
    statusSource: t.string({ required: false, description: 'The page that supports the status, as "Page title <https://…>".' }),
  }),
});

const TechnologyPatch = builder.inputType('TechnologyPatch', {
  description: 'Fields to change; absent or null fields stay as they are, except vendor: null, which removes the vendor.',
  fields: (t) => ({
    name: t.string(),
    aliases: t.stringList(),
    kind: t.string(),
    categories: t.idList(),
    vendor: t.id(),
    description: t.string(),
    firstRelease: t.int(),
    license: t.string(),
    homepage: t.string(),
    status: t.field({ type: LifecycleStatusEnum, description: 'Setting ACTIVE also clears statusSince and statusSource.' }),
    statusSince: t.int(),
    statusSource: t.string(),
  }),
});

const ids = (list: ReadonlyArray<string | number> | null | undefined) => list?.map(String);
const id = (value: string | number | null | undefined) => (value == null ? value : String(value));

builder.mutationField('createTechnology', (t) =>
  t.field({
    type: TechnologyRef,
    description: 'Creates a technology (origin USER) with its category and vendor relations. ALREADY_EXISTS when the id is taken.',
    args: { input: t.arg({ type: TechnologyInput, required: true }) },
    resolve: (_root, { input }, context) => {
      requireWriter(context);
      return createTechnology(context.db, { ...input, id: String(input.id), categories: ids(input.categories) ?? [], vendor: id(input.vendor) });
    },
  }),
);

builder.mutationField('updateTechnology', (t) =>
  t.field({
    type: TechnologyRef,
    description: 'Changes a technology created through the API; curated technologies are edited in graph-seed/data instead (FORBIDDEN).',
    args: { id: t.arg.id({ required: true }), patch: t.arg({ type: TechnologyPatch, required: true }) },
    resolve: (_root, args, context) => {
      requireWriter(context);
      const { categories, vendor, ...rest } = args.patch;
      return updateTechnology(context.db, String(args.id), { ...rest, categories: ids(categories), vendor: id(vendor) });
    },
  }),
);

builder.mutationField('deleteTechnology', (t) =>
  t.field({
    type: DeletePayloadRef,
    description: 'Deletes a technology created through the API with its relations; curated technologies are refused (FORBIDDEN).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context) => {
      requireWriter(context);
      return deleteTechnology(context.db, String(args.id));
    },
  }),
);
