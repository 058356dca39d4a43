import { request } from './client.ts';
import type { RelationType } from './graph-queries.ts';
import { type ApiPath, ConnectionQuery, type RelateAnswer, RelateQuery } from './path-queries.ts';

export type PathRequest = { kind: 'between'; from: string; to: string } | { kind: 'question'; question: string };

export interface PathAnswer {
  paths: ApiPath[];
  /** A sentence for the user: the relate summary, or what to try when nothing was found. */
  message: string;
  /** A short paragraph on how the two relate, grouping the strongest paths; null when two things were not recognised. */
  summary: string | null;
  /** Further things a question named, beyond the two related. */
  others: Array<{ id: string; name: string }>;
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
  suggestions: RelateAnswer['suggestions'];
}

export const maxPaths = 5;

/** How the path finder searches: relation types (empty means all), whether hubs are avoided, nodes left out. */
export interface PathSearchOptions {
  relationTypes: RelationType[];
  avoidHubs: boolean;
  excludeNodes: string[];
}

export async function loadPaths(query: PathRequest, options: PathSearchOptions, signal: AbortSignal): Promise<PathAnswer> {
  const variables = {
    relationTypes: options.relationTypes.length > 0 ? options.relationTypes : null,
    first: maxPaths,
    avoidHubs: options.avoidHubs,
    excludeNodes: options.excludeNodes,
  };
  if (query.kind === 'question') {
    const { relate } = await request(RelateQuery, { question: query.question, ...variables }, signal);
    return {
      paths: relate.paths,
      message: relate.message,
      summary: relate.summary ?? null,
      others: relate.others,
      from: relate.from,
      to: relate.to,
      suggestions: relate.suggestions,
    };
  }
  const { connection } = await request(ConnectionQuery, { from: query.from, to: query.to, ...variables }, signal);
  const { paths } = connection;
  return {
    paths,
    message:
      paths.length > 0
        ? `Found ${paths.length} path${paths.length === 1 ? '' : 's'}, best first.`
        : options.excludeNodes.length > 0
          ? 'No path within 4 steps without the nodes left out; leave fewer out, allow more relation types or pick other technologies.'
          : 'No path within 4 steps with these relation types; allow more relation types or pick other technologies.',
    summary: paths.length > 0 ? connection.summary : null,
    others: [],
    from: { id: connection.from.id, name: connection.from.name },
    to: { id: connection.to.id, name: connection.to.name },
    suggestions: [],
  };
}
