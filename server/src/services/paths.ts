import { curatedTypeNames } from '../../../schema/model/vocabulary.ts';
import type { Db } from '../db/driver.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import { shortestPaths } from '../db/queries/paths.ts';
import type { EntityRow, RelationRow } from '../db/queries/rows.ts';
import { explainPath } from '../domain/explain-path.ts';
import { badInput, notFound } from '../errors.ts';

export interface PathResult {
  length: number;
  nodes: EntityRow[];
  relations: RelationRow[];
  summary: string;
  explanation: string;
}

export interface PathOptions {
  maxHops: number;
  /** null: every non-derived type; PROVIDED_BY and IN_CATEGORY only when asked for. */
  types: readonly string[] | null;
  first: number;
}

/** Checks both ends exist, so an unknown id is a clear NOT_FOUND rather than an empty list. */
export async function requireEndpoints(db: Db, from: string, to: string): Promise<[EntityRow, EntityRow]> {
  if (from === to) throw badInput(`from and to are both "${from}"; give two different ids to find paths between.`);
  const [a, b] = await entitiesByIds(db, [from, to]);
  const missing = [a ? null : from, b ? null : to].filter((id): id is string => id !== null);
  if (missing.length > 0 || !a || !b)
    throw notFound(`No node has the id ${missing.map((id) => `"${id}"`).join(' or ')}; look the name up with search and use its id.`);
  return [a, b];
}

/** Paths between two existing nodes, shortest first; ties ordered by the names along the way so answers are stable. */
export async function pathsBetween(db: Db, from: string, to: string, options: PathOptions): Promise<PathResult[]> {
  const rows = await shortestPaths(db, {
    from,
    to,
    maxHops: options.maxHops,
    types: options.types ?? curatedTypeNames,
    // Twice as many as needed, so which equal-length paths make the cut does not depend on Neo4j's order.
    count: Math.min(options.first * 2, 60),
    enough: options.first,
  });
  const names = (row: { nodes: EntityRow[] }) => row.nodes.map((n) => n.name.toLowerCase()).join('\u0000');
  return rows
    .sort((a, b) => a.relations.length - b.relations.length || names(a).localeCompare(names(b)))
    .slice(0, options.first)
    .map((row) => ({ length: row.relations.length, nodes: row.nodes, relations: row.relations, ...explainPath(row.nodes, row.relations) }));
}
