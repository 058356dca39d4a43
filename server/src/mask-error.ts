import { type ASTNode, GraphQLError } from 'graphql';
import { errorCodes, userError } from './errors.ts';
import { bodyTooLargeMessage } from './http-limits.ts';

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
 * one generic sentence, with no stack, Cypher or address, whatever NODE_ENV says.
 */
export function maskError(error: unknown, message: string): Error {
  const cause = rootCause(error);
  const name = (cause as Error | undefined)?.name;
  if (name === 'DatabaseUnavailableError')
    return located(userError('DATABASE_UNAVAILABLE', 'The graph database is unavailable right now; try again in a moment.'), error);
  if (name === 'QueryLimitError')
    return located(
      userError('BAD_USER_INPUT', 'The query needed more time or memory than the server allows; lower depth, maxHops or first, or name fewer relation types.'),
      error,
    );
  if (isGraphQLErrorLike(cause) && errorCodes.has(String(cause.extensions?.code))) return located(cause, error);
  // Errors GraphQL itself raised (syntax, validation, variable coercion) say what is wrong with the request; like yoga's own rule, only non-GraphQL causes are hidden.
  if (isGraphQLErrorLike(error) && (!error.originalError || isGraphQLErrorLike(cause))) return withoutDetails(error);
  return located(new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } }), error);
}

/** `replacement`'s message and code at the place in the query where `original` happened. */
function located(replacement: GraphQLErrorLike, original: unknown): GraphQLError {
  const where = isGraphQLErrorLike(original) ? original : undefined;
  return new GraphQLError(replacement.message, { nodes: where?.nodes, path: where?.path, extensions: { ...replacement.extensions } });
}

/**
 * A request error as the client should read it: yoga copies the JSON parser's message (which quotes
 * the body) into `extensions.originalError`, words the streamed-body limit as a bare phrase, and
 * graphql-js quotes some input raw (see `escapeControls`).
 */
function withoutDetails(error: GraphQLErrorLike): GraphQLErrorLike {
  const { originalError, ...extensions } = error.extensions ?? {};
  const tooLarge = extensions.code === 'REQUEST_ENTITY_TOO_LARGE';
  const message = tooLarge ? bodyTooLargeMessage : escapeControls(error.message);
  if (originalError === undefined && message === error.message) return error;
  return new GraphQLError(message, { nodes: error.nodes, path: error.path, extensions });
}

/**
 * `text` with each C0 control character and DEL written as `\uXXXX`. graphql-js quotes some input
 * raw ("Value "…" does not exist in "RelationType" enum."), so a control character sent in a
 * variable would otherwise reach the reply and the logs as is.
 */
const escapeControls = (text: string) =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
