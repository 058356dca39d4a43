import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ZodPlugin from '@pothos/plugin-zod';
import type { Context } from './context.ts';
import { badInput } from './errors.ts';

/** One sentence per problem; messages we write already name the argument, zod's own get it prefixed. */
function describeIssues(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): string {
  const sentences = issues.map((issue) => {
    const name = issue.path.map(String).join('.') || 'input';
    const text = issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
    return /[.!?]$/.test(text) ? text : `${text}.`;
  });
  return [...new Set(sentences)].join(' ');
}

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
    // Ids are slugs such as "apache-spark", not Relay global ids, so there is no Node interface.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  zod: {
    validationError: (zodError) => badInput(describeIssues(zodError.issues)),
  },
  errors: {
    defaultTypes: [],
  },
});

builder.queryType({});
builder.mutationType({ description: 'Writes, enabled only when API_TOKEN is set and the request sends it as a bearer token.' });
