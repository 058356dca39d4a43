import neo4j from 'neo4j-driver';
import { entityLabels } from '../../../../schema/model/entity-labels.ts';
import { whitelistTypes } from '../../../../schema/model/vocabulary.ts';
import type { Db } from '../driver.ts';
import { type PathRow, type PathSearch, type RawPathRow, toPathRows } from './paths.ts';
import { entityProps, relationProps } from './rows.ts';

/**
 * The candidate paths of a search read in one call of `techgraph.pathSearch`, the procedure the
 * bundled Neo4j loads from server/neo4j/procedures. It answers what the Cypher bidirectional search
 * (domain/meet-in-the-middle.ts, a statement per layer) answers; a Neo4j without the plugin
 * (NEO4J_URI: Aura, Docker, a cluster) uses that search instead.
 */
export interface ProcedureAnswer {
  /** Steps of a shortest path over every walked type through any node; null when none is within maxHops. */
  throughHubs: number | null;
  /** Steps of the shortest path avoiding excluded nodes and hubs, at most `throughHubs + 2`; null when none. */
  shortest: number | null;
  /** The first `count` such paths of that length, and of one step more, in the order of their id sequences. */
  shortestPaths: string[][];
  longerPaths: string[][];
  /** What the ranking reads of each of those paths, as `pathDetails` reads it, index for index. */
  shortestRows: PathRow[];
  longerRows: PathRow[];
}

const procedureName = 'techgraph.pathSearch';
const available = new WeakMap<Db, Promise<boolean>>();

/** Whether this database has the procedure: asked once per Db. */
export function hasPathProcedure(db: Db): Promise<boolean> {
  let known = available.get(db);
  if (!known) {
    known = db.read<{ found: number }>('SHOW PROCEDURES YIELD name WHERE name = $name RETURN count(*) AS found', { name: procedureName }).then(
      ([row]) => Number(row?.found ?? 0) > 0,
      () => false,
    );
    available.set(db, known);
  }
  return known;
}

/** Turns the procedure on or off for this Db (the equivalence tests and the bench compare the two searches). */
export function usePathProcedure(db: Db, use: boolean): void {
  available.set(db, Promise.resolve(use));
}

/** A path's details as the procedure sends them: nodes and relations by their position in the answer's `nodes` and `relations`. */
interface CompactRow {
  nodes: number[];
  degrees: number[];
  steps: Array<[number, number[]]>;
}

const expand = (row: CompactRow, shared: { nodes: unknown[]; relations: unknown[] }): RawPathRow => ({
  nodes: row.nodes.map((i) => shared.nodes[Number(i)]),
  degrees: row.degrees,
  steps: row.steps.map(([i, relations]) => [i, relations.map((k) => shared.relations[Number(k)])]),
});

const notFound = (error: unknown) => (error as { code?: string } | undefined)?.code === 'Neo.ClientError.Procedure.ProcedureNotFound';

/**
 * The procedure's answer, or null when this database does not have it (then it is not asked again).
 * Without `longer`, `longerPaths` is empty: listing them is most of the work when few are needed.
 */
export async function procedureSearch(db: Db, search: PathSearch, longer = true): Promise<ProcedureAnswer | null> {
  if (!(await hasPathProcedure(db))) return null;
  const middle = whitelistTypes(search.types);
  const endOnly = whitelistTypes(search.endTypes).filter((t) => !middle.includes(t));
  try {
    type Row = Omit<ProcedureAnswer, 'shortestRows' | 'longerRows'> & {
      shortestRows: CompactRow[];
      longerRows: CompactRow[];
      nodes: unknown[];
      relations: unknown[];
    };
    const [row] = await db.read<Row>(
      `CALL ${procedureName}($from, $to, $maxHops, $middle, $endOnly, $exclude, $avoidHubs, $hubKinds, $hubDegree, $count, $longer, $nodeProps, $labels, $relationProps)
       YIELD throughHubs, shortest, shortestPaths, longerPaths, shortestRows, longerRows, nodes, relations
       RETURN throughHubs, shortest, shortestPaths, longerPaths, shortestRows, longerRows, nodes, relations`,
      {
        from: search.from,
        to: search.to,
        maxHops: neo4j.int(search.maxHops),
        middle,
        endOnly,
        exclude: [...search.exclude],
        avoidHubs: search.avoidHubs !== null,
        hubKinds: [...(search.avoidHubs?.kinds ?? [])],
        hubDegree: neo4j.int(search.avoidHubs?.degree ?? 0),
        count: neo4j.int(search.count),
        longer,
        // What rows.ts projects, so the procedure's rows read as the details statement's do.
        nodeProps: [...entityProps],
        labels: [...entityLabels],
        relationProps: [...relationProps],
      },
      { timeoutMs: 10_000 },
    );
    if (!row) return null;
    const length = (n: unknown) => (n === null || n === undefined ? null : Number(n));
    return {
      throughHubs: length(row.throughHubs),
      shortest: length(row.shortest),
      shortestPaths: row.shortestPaths,
      longerPaths: row.longerPaths,
      shortestRows: toPathRows(row.shortestRows.map((r) => expand(r, row))),
      longerRows: toPathRows(row.longerRows.map((r) => expand(r, row))),
    };
  } catch (error) {
    // A server that lost the plugin (another member of a cluster, a reinstall): the Cypher search from now on.
    if (!notFound(error)) throw error;
    usePathProcedure(db, false);
    return null;
  }
}
