import type { TadaDocumentNode } from 'gql.tada';
import { print } from 'graphql';

export type ApiErrorKind = 'unreachable' | 'unavailable' | 'rejected';

/** An API failure phrased for a person: what went wrong and what to do, in one sentence. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const endpoint = '/graphql';

const printed = new WeakMap<object, string>();

function source(document: object): string {
  let text = printed.get(document);
  if (!text) {
    text = print(document as Parameters<typeof print>[0]);
    printed.set(document, text);
  }
  return text;
}

export interface RequestOptions {
  /**
   * Ask with GET rather than POST, for answers worth keeping: the server gives them an ETag, and the
   * browser asks again with it, paying for a bodiless 304 when nothing changed. Queries only.
   */
  cacheable?: boolean;
}

const accept = 'application/graphql-response+json, application/json';

/** Sends one typed document to the API; rejects with an ApiError that the UI can show as is. */
export async function request<R, V>(document: TadaDocumentNode<R, V>, variables: V, signal?: AbortSignal, options: RequestOptions = {}): Promise<R> {
  let response: Response;
  try {
    response = options.cacheable
      ? await fetch(`${endpoint}?${new URLSearchParams({ query: source(document), variables: JSON.stringify(variables) })}`, {
          headers: { accept },
          ...(signal && { signal }),
        })
      : await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept },
          body: JSON.stringify({ query: source(document), variables }),
          ...(signal && { signal }),
        });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('The techgraph API does not answer; check that the server is running, then retry.', 'unreachable');
  }
  let body: GraphQLResponse<R>;
  try {
    body = (await response.json()) as GraphQLResponse<R>;
  } catch {
    throw new ApiError(`The techgraph API answered with HTTP ${response.status} instead of data; retry in a moment.`, 'unavailable');
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    if (code === 'DATABASE_UNAVAILABLE') throw new ApiError('The graph database is not available right now; retry in a moment.', 'unavailable', code);
    throw new ApiError(first.message, response.status >= 500 ? 'unavailable' : 'rejected', code);
  }
  if (!body.data) throw new ApiError(`The techgraph API answered with HTTP ${response.status} and no data; retry in a moment.`, 'unavailable');
  return body.data;
}
