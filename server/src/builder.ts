import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ZodPlugin from '@pothos/plugin-zod';
import type { Context } from './context.ts';

/** The one SchemaBuilder: every type and field registers itself on it from server/src/schema/. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
}>({
  plugins: [ErrorsPlugin, ZodPlugin, DataloaderPlugin, RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
  zod: {
    validationError: (zodError) => new Error(zodError.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ')),
  },
  errors: {
    defaultTypes: [],
  },
});

builder.queryType({});
