import { type ASTNode, GraphQLError } from 'graphql';
import { errorCodes, userError } from './errors.ts';

/*
 * Duck-typed rather than `instanceof`: graphql ships CommonJS and ESM builds, and yoga and our code
 * can load different ones, so one error may come from two GraphQLError classes.
 */
interface GraphQLErrorLike extends Error {
  originalError?: unknown;
  extensions?: Record<string, unknown>;
  path?: ReadonlyArray<string | number>;
  nodes?: ReadonlyArray<ASTNode>;
}

const isGraphQLErrorLike = (error: unknown): error is GraphQLErrorLike => error instanceof Error && error.name === 'GraphQLError';

/** The cause a resolver threw, through the GraphQLError wrappers graphql-js and yoga add. */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 5 && isGraphQLErrorLike(current) && current.originalError; i++) current = current.originalError;
  return current;
}

/**
 * Lets domain errors (a code from errors.ts) and GraphQL's own syntax, validation and coercion
 * errors through; turns an unreachable database into DATABASE_UNAVAILABLE; hides everything else behind
 * one generic sentence, with no stack, Cypher or address, whatever NODE_ENV says (issue 4).
 */
export function maskError(error: unknown, message: string): Error {
  const cause = rootCause(error);
  if ((cause as Error | undefined)?.name === 'DatabaseUnavailableError')
    return located(userError('DATABASE_UNAVAILABLE', 'The graph database is unavailable right now; try again in a moment.'), error);
  if (isGraphQLErrorLike(cause) && errorCodes.has(String(cause.extensions?.code))) return located(cause, error);
  // Errors GraphQL itself raised (syntax, validation, variable coercion) say what is wrong with the request; like yoga's own rule, only non-GraphQL causes are hidden.
  if (isGraphQLErrorLike(error) && (!error.originalError || isGraphQLErrorLike(cause))) return error;
  return located(new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } }), error);
}

/** `replacement`'s message and code at the place in the query where `original` happened. */
function located(replacement: GraphQLErrorLike, original: unknown): GraphQLError {
  const where = isGraphQLErrorLike(original) ? original : undefined;
  return new GraphQLError(replacement.message, { nodes: where?.nodes, path: where?.path, extensions: { ...replacement.extensions } });
}
