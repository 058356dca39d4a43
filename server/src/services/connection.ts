import type { Db } from '../db/driver.ts';
import { type SharedRow, sharedContext } from '../db/queries/paths.ts';
import type { EntityRow } from '../db/queries/rows.ts';
import { connectionSummary } from '../domain/connection-summary.ts';
import { type PathOptions, type PathResult, pathsBetween } from './paths.ts';

export interface ConnectionResult {
  from: EntityRow;
  to: EntityRow;
  /** A short paragraph: the strongest paths grouped, then what the two share. */
  summary: string;
  paths: PathResult[];
  shared: SharedRow;
}

/** How two existing nodes relate: the ranked paths and the shared context, asked of Neo4j side by side, told as one paragraph. */
export async function connectionBetween(db: Db, from: EntityRow, to: EntityRow, options: PathOptions): Promise<ConnectionResult> {
  const [paths, shared] = await Promise.all([pathsBetween(db, from.id, to.id, options), sharedContext(db, from.id, to.id)]);
  return { from, to, paths, shared, summary: connectionSummary(from, to, paths, shared) };
}
