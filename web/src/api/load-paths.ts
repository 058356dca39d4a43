import { request } from './client.ts';
import type { RelationType } from './graph-queries.ts';
import { type ApiPath, PathsQuery, type RelateAnswer, RelateQuery } from './path-queries.ts';

export type PathRequest = { kind: 'between'; from: string; to: string } | { kind: 'question'; question: string };

export interface PathAnswer {
  paths: ApiPath[];
  /** A sentence for the user: the relate summary, or what to try when nothing was found. */
  message: string;
  from: { id: string; name: string } | null;
  to: { id: string; name: string } | null;
  suggestions: RelateAnswer['suggestions'];
}

export const maxPaths = 5;

export async function loadPaths(query: PathRequest, relationTypes: RelationType[], signal: AbortSignal): Promise<PathAnswer> {
  const types = relationTypes.length > 0 ? relationTypes : null;
  if (query.kind === 'question') {
    const { relate } = await request(RelateQuery, { question: query.question, relationTypes: types, first: maxPaths }, signal);
    return { paths: relate.paths, message: relate.message, from: relate.from, to: relate.to, suggestions: relate.suggestions };
  }
  const { paths } = await request(PathsQuery, { from: query.from, to: query.to, relationTypes: types, first: maxPaths }, signal);
  const ends = paths[0] ? { from: paths[0].nodes[0] ?? null, to: paths[0].nodes.at(-1) ?? null } : { from: null, to: null };
  return {
    paths,
    message:
      paths.length > 0
        ? `Found ${paths.length} path${paths.length === 1 ? '' : 's'}, shortest first.`
        : 'No path within 4 steps with these relation types; allow more relation types or pick other technologies.',
    from: ends.from && { id: ends.from.id, name: ends.from.name },
    to: ends.to && { id: ends.to.id, name: ends.to.name },
    suggestions: [],
  };
}
