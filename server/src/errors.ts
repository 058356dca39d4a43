import { GraphQLError } from 'graphql';

/** The codes clients can branch on; every domain error carries one in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'ALREADY_EXISTS' | 'FORBIDDEN' | 'DATABASE_UNAVAILABLE';

export const errorCodes: ReadonlySet<string> = new Set<ErrorCode>(['BAD_USER_INPUT', 'NOT_FOUND', 'ALREADY_EXISTS', 'FORBIDDEN', 'DATABASE_UNAVAILABLE']);

/** An error meant for the person calling the API: one sentence saying what is wrong and what to do. */
export function userError(code: ErrorCode, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

export const badInput = (message: string) => userError('BAD_USER_INPUT', message);
export const notFound = (message: string) => userError('NOT_FOUND', message);
export const alreadyExists = (message: string) => userError('ALREADY_EXISTS', message);
export const forbidden = (message: string) => userError('FORBIDDEN', message);

/**
 * A value the caller sent, quoted for an error message: escaped as a JSON string, so control
 * characters show as `\u0000` or `\n` rather than reaching the reply and the logs raw, and cut to
 * 60 characters so a pasted document does not become the message.
 */
export function shown(value: string): string {
  const cut = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(cut);
}
