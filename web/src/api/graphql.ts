import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

/** Typed documents: result and variable types come from schema/schema.graphql via `npm run gql:generate`. */
export const graphql = initGraphQLTada<{ introspection: introspection }>();

export type { ResultOf, VariablesOf } from 'gql.tada';
