import { createHash, hash } from 'node:crypto';
import type { EntityLabel } from '../../schema/model/entity-labels.ts';
import { categoryNodeProps, technologyNodeProps, vendorNodeProps } from '../../schema/model/node-shape.ts';
import { parseRelationKey, relationKey } from '../../schema/model/relation-key.ts';
import { relationTypeNames } from '../../schema/model/vocabulary.ts';
import type { Db } from '../../server/src/db/driver.ts';
import { relationKeyExpr } from '../../server/src/db/queries/rows.ts';
import { ensureSchema } from '../../server/src/db/schema.ts';
import { acquireSeedLease } from '../../server/src/db/seed-lease.ts';
import { writeSeedMarker } from '../../server/src/db/seed-marker.ts';
import { type SeedData, SeedDataError } from './validate.ts';

/** What one seed run changed. Zero everywhere means the database already matched the data. */
export interface SeedReport {
  nodes: number;
  relations: number;
  nodesWritten: number;
  relationsWritten: number;
  nodesRemoved: number;
  relationsRemoved: number;
  checksum: string;
}

export interface GraphNodeRow {
  id: string;
  label: EntityLabel;
  props: Record<string, unknown>;
  /** The content hash the loader stores (`nodeHash`), computed once here for every writer and the checksum. */
  hash: string;
}

export interface GraphRelationRow {
  key: string;
  from: string;
  type: string;
  to: string;
  note: string;
  source: string;
  /** The content hash the loader stores (`relationHash`). */
  hash: string;
}

/** The rows one version of the data makes. */
export interface GraphRows {
  nodes: GraphNodeRow[];
  relations: GraphRelationRow[];
}

/** Flattens validated data into the rows the database stores, derived relations included, each with its content hash. */
export function toRows(data: SeedData): GraphRows {
  const node = (id: string, label: EntityLabel, props: Record<string, unknown>): GraphNodeRow => ({ id, label, props, hash: nodeHash({ label, props }) });
  const nodes = [
    ...data.categories.map((c) => node(c.id, 'Category', categoryNodeProps(c))),
    ...data.vendors.map((v) => node(v.id, 'Vendor', vendorNodeProps(v))),
    ...data.technologies.map((t) => node(t.id, 'Technology', technologyNodeProps(t))),
  ];
  const names = new Map(nodes.map((n) => [n.id, String(n.props.name)]));
  const relation = (r: Omit<GraphRelationRow, 'key' | 'hash'>): GraphRelationRow => ({ key: relationKey(r), ...r, hash: relationHash(r) });
  const relations = data.relations.map((r) => relation(r));
  for (const t of data.technologies) {
    if (t.vendor)
      relations.push(
        relation({
          from: t.id,
          type: 'PROVIDED_BY',
          to: t.vendor,
          note: `${t.name} is made or stewarded by ${names.get(t.vendor)}.`,
          source: `${t.name} homepage <${t.homepage}>`,
        }),
      );
    for (const c of t.categories)
      relations.push(relation({ from: t.id, type: 'IN_CATEGORY', to: c, note: `${t.name} is filed under ${names.get(c)}.`, source: 'techgraph curation' }));
  }
  return { nodes, relations };
}

/**
 * Rows per write transaction: big enough to amortise round trips and commits, small enough to stay
 * well inside db.transaction.timeout (20 s) and db.memory.transaction.max (256 MB) on a busy machine.
 */
export const batchSize = 10_000;

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += batchSize) yield rows.slice(i, i + batchSize);
}

/** One-shot `hash` is about three times faster than a `createHash` object per row (1.1M rows on the 100k/1M graph). */
const contentHash = (value: unknown) => hash('sha1', JSON.stringify(value), 'base64url');

/** The content hash the loader stores on a node; any writer of curated rows (the bulk import too) must store the same. */
export const nodeHash = (n: Pick<GraphNodeRow, 'label' | 'props'>) => contentHash([n.label, n.props]);

/** The content hash the loader stores on a relation. */
export const relationHash = (r: Pick<GraphRelationRow, 'note' | 'source'>) => contentHash([r.note, r.source]);

interface Stored {
  hash: string;
  origin: string;
}

/**
 * What the database holds: every entity id and relation key of any origin, with its content hash.
 * Any origin, so a row the data adds is created only where nothing with its id or key exists yet.
 */
async function storedState(db: Db): Promise<{ nodes: Map<string, Stored>; relations: Map<string, Stored> }> {
  const [nodes, relations] = await Promise.all([
    db.read<{ id: string; hash: string | null; origin: string | null }>('MATCH (n:Entity) RETURN n.id AS id, n.hash AS hash, n.origin AS origin'),
    db.read<{ key: string; hash: string | null; origin: string | null }>(
      `MATCH (:Entity)-[r]->(:Entity) RETURN coalesce(r.key, ${relationKeyExpr('r')}) AS key, r.hash AS hash, r.origin AS origin`,
    ),
  ]);
  const toMap = <K extends 'id' | 'key'>(rows: Array<Record<K, string> & { hash: string | null; origin: string | null }>, k: K) =>
    new Map(rows.map((r) => [r[k], { hash: r.hash ?? '', origin: r.origin ?? '' }]));
  return { nodes: toMap(nodes, 'id'), relations: toMap(relations, 'key') };
}

/** Splits the rows to write into those nothing in the database has yet (CREATE) and those to update (MERGE). */
function split<T>(rows: T[], stored: Map<string, Stored>, key: (row: T) => string): { fresh: T[]; changed: T[] } {
  const fresh: T[] = [];
  const changed: T[] = [];
  for (const row of rows) (stored.has(key(row)) ? changed : fresh).push(row);
  return { fresh, changed };
}

/**
 * Deleting a curated node the data no longer has would delete the relations users attached to it
 * through the API. Refused before anything is written, naming them and what to do.
 */
function refuseToStrandUserRelations(relations: ReadonlyMap<string, Stored>, staleNodes: ReadonlySet<string>): void {
  const stranded = [...relations]
    .filter(([, s]) => s.origin !== 'curated')
    .map(([key]) => ({ key, parsed: parseRelationKey(key) }))
    .filter(({ parsed }) => parsed && (staleNodes.has(parsed.from) || staleNodes.has(parsed.to)));
  if (stranded.length === 0) return;
  throw new SeedDataError(
    stranded.map(({ key, parsed }) => ({
      file: 'graph-seed/data',
      entry: staleNodes.has(parsed!.from) ? parsed!.from : parsed!.to,
      field: 'removed',
      message: `the relation ${key} created through the API uses it, and removing the node would delete it: save it with \`npm run export-edits\`, then remove it through the API (removeRelation) or keep the node in the data`,
    })),
  );
}

/**
 * Makes the database hold exactly the curated data. It reads the content hash of every node and
 * relation, then writes only the difference in batches: CREATE for rows nothing in the database has
 * yet, MERGE on stable ids for changed ones, DELETE for what the data no longer has. Nodes and
 * relations with origin "user" (created through the API) are never deleted. The data is validated
 * before this runs, so bad data never reaches the database; the seed marker is written last, so a
 * seed cut short is redone. A lease makes concurrent seeds take turns, so CREATE never duplicates.
 *
 * Why CREATE for new rows: MERGE of a relation first scans the existing relations of its
 * end nodes, which on hubs costs more than the write itself; measured on the 10k/50k synthetic graph
 * creating was about 1.6 times faster than merging.
 */
export async function loadSeed(db: Db, data: SeedData): Promise<SeedReport> {
  const rows = toRows(data);
  const { nodes, relations } = rows;
  const checksum = rowsChecksum(rows);
  await ensureSchema(db);
  const lease = await acquireSeedLease(db);
  try {
    const state = await storedState(db);
    const curated = (m: Map<string, Stored>) => [...m].filter(([, s]) => s.origin === 'curated').map(([k]) => k);
    const nodeRows = nodes.filter((n) => !isCurrent(state.nodes.get(n.id), n.hash));
    const relationRows = relations.filter((r) => !isCurrent(state.relations.get(r.key), r.hash));
    const nodeIds = new Set(nodes.map((n) => n.id));
    const relationKeys = new Set(relations.map((r) => r.key));
    const staleRelations = curated(state.relations)
      .filter((key) => !relationKeys.has(key))
      .flatMap((key) => parseRelationKey(key) ?? []);
    const staleNodes = curated(state.nodes).filter((id) => !nodeIds.has(id));
    refuseToStrandUserRelations(state.relations, new Set(staleNodes));
    const write = async (cypher: string, params: Record<string, unknown>) => {
      await lease.renew();
      await db.write(cypher, params);
    };

    const nodeSplit = split(nodeRows, state.nodes, (n) => n.id);
    for (const label of ['Technology', 'Vendor', 'Category'] as const) {
      // Labels cannot be parameters; this one comes from the fixed list above.
      for (const rows of batches(nodeSplit.fresh.filter((n) => n.label === label)))
        await write(
          `UNWIND $rows AS row
           CREATE (n:Entity:${label})
           SET n = row.props, n.id = row.id, n.origin = 'curated', n.hash = row.hash`,
          { rows },
        );
      for (const rows of batches(nodeSplit.changed.filter((n) => n.label === label)))
        await write(
          `UNWIND $rows AS row
           MERGE (n:Entity {id: row.id})
           SET n = row.props, n.id = row.id, n.origin = 'curated', n.hash = row.hash, n:${label}`,
          { rows },
        );
    }
    const relationSplit = split(relationRows, state.relations, (r) => r.key);
    for (const type of relationTypeNames) {
      // The type comes from the vocabulary whitelist, never from input.
      for (const rows of batches(relationSplit.fresh.filter((r) => r.type === type)))
        await write(
          `UNWIND $rows AS row
           MATCH (a:Entity {id: row.from})
           MATCH (b:Entity {id: row.to})
           CREATE (a)-[:${type} {key: row.key, note: row.note, source: row.source, origin: 'curated', hash: row.hash}]->(b)`,
          { rows },
        );
      for (const rows of batches(relationSplit.changed.filter((r) => r.type === type)))
        await write(
          `UNWIND $rows AS row
           MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
           MERGE (a)-[r:${type}]->(b)
           SET r.key = row.key, r.note = row.note, r.source = row.source, r.origin = 'curated', r.hash = row.hash`,
          { rows },
        );
      for (const rows of batches(staleRelations.filter((r) => r.type === type)))
        await write(
          `UNWIND $rows AS row
           MATCH (:Entity {id: row.from})-[r:${type}]->(:Entity {id: row.to})
           WHERE r.origin = 'curated'
           DELETE r`,
          { rows },
        );
    }
    for (const ids of batches(staleNodes)) await write("UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE n.origin = 'curated' DETACH DELETE n", { ids });
    await writeSeedMarker(db, { checksum, nodes: nodes.length, relations: relations.length });
    return {
      nodes: nodes.length,
      relations: relations.length,
      nodesWritten: nodeRows.length,
      relationsWritten: relationRows.length,
      nodesRemoved: staleNodes.length,
      relationsRemoved: staleRelations.length,
      checksum,
    };
  } finally {
    await lease.release();
  }
}

/** A stored row is current when the loader wrote it with this very content. */
const isCurrent = (stored: Stored | undefined, hash: string) => stored?.origin === 'curated' && stored.hash === hash;

/** Identifies one version of the curated data; stored on the seed marker by each completed seed. */
export function dataChecksum(data: SeedData): string {
  return rowsChecksum(toRows(data));
}

/**
 * `dataChecksum` from rows made already, for a caller that needs both (flattening a big graph twice
 * costs seconds). It hashes each row's identity (node id, relation key) with its content hash, in
 * order, which covers everything a row holds: hashing the rows whole took 5 s on the 100k/1M graph,
 * this takes a tenth of that.
 */
export function rowsChecksum({ nodes, relations }: GraphRows): string {
  const checksum = createHash('sha1');
  let chunk = '';
  const add = (line: string) => {
    chunk += line;
    if (chunk.length < 1 << 16) return;
    checksum.update(chunk);
    chunk = '';
  };
  for (const n of nodes) add(`n\t${n.id}\t${n.hash}\n`);
  for (const r of relations) add(`r\t${r.key}\t${r.hash}\n`);
  return checksum.update(chunk).digest('base64url');
}
