import { createHash } from 'node:crypto';
import vocabulary from '../../schema/relation-types.json' with { type: 'json' };
import type { Db } from '../../server/src/db/driver.ts';
import { nameKeysOf } from '../../server/src/domain/search-text.ts';
import { acquireSeedLease } from './seed-lock.ts';
import type { SeedData } from './validate.ts';

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
  label: 'Technology' | 'Vendor' | 'Category';
  props: Record<string, unknown>;
}

export interface GraphRelationRow {
  key: string;
  from: string;
  type: string;
  to: string;
  note: string;
  source: string;
}

const relationTypes = vocabulary.types.map((t) => t.type);

/** What a technology node stores; the seed loader and the API's mutations write the same shape. */
export function technologyNodeProps(t: {
  name: string;
  kind: string;
  description: string;
  aliases: string[];
  firstRelease: number;
  license: string;
  homepage: string;
  remarks?: unknown[];
}) {
  return {
    name: t.name,
    kind: t.kind,
    description: t.description,
    aliases: t.aliases,
    aliasText: t.aliases.join(' | '),
    nameKeys: nameKeysOf(t.name, t.aliases),
    firstRelease: t.firstRelease,
    license: t.license,
    openSource: t.license !== 'Proprietary',
    homepage: t.homepage,
    // Neo4j properties cannot hold maps, so each remark is kept as a JSON string.
    remarks: (t.remarks ?? []).map((r) => JSON.stringify(r)),
  };
}

/** Flattens validated data into the rows the database stores, derived relations included. */
export function toRows(data: SeedData): { nodes: GraphNodeRow[]; relations: GraphRelationRow[] } {
  const nodes: GraphNodeRow[] = [
    ...data.categories.map((c) => ({
      id: c.id,
      label: 'Category' as const,
      props: { name: c.name, kind: 'category', description: c.description, aliases: [], aliasText: '', nameKeys: nameKeysOf(c.name, []) },
    })),
    ...data.vendors.map((v) => ({
      id: v.id,
      label: 'Vendor' as const,
      props: {
        name: v.name,
        kind: 'vendor',
        description: v.description,
        aliases: v.aliases,
        aliasText: v.aliases.join(' | '),
        nameKeys: nameKeysOf(v.name, v.aliases),
        homepage: v.homepage,
      },
    })),
    ...data.technologies.map((t) => ({
      id: t.id,
      label: 'Technology' as const,
      props: technologyNodeProps(t),
    })),
  ];
  const names = new Map(nodes.map((n) => [n.id, String(n.props.name)]));
  const relations: GraphRelationRow[] = data.relations.map((r) => ({ key: `${r.from}|${r.type}|${r.to}`, ...r }));
  for (const t of data.technologies) {
    if (t.vendor)
      relations.push({
        key: `${t.id}|PROVIDED_BY|${t.vendor}`,
        from: t.id,
        type: 'PROVIDED_BY',
        to: t.vendor,
        note: `${t.name} is made or stewarded by ${names.get(t.vendor)}.`,
        source: `${t.name} homepage <${t.homepage}>`,
      });
    for (const c of t.categories)
      relations.push({
        key: `${t.id}|IN_CATEGORY|${c}`,
        from: t.id,
        type: 'IN_CATEGORY',
        to: c,
        note: `${t.name} is filed under ${names.get(c)}.`,
        source: 'techgraph curation',
      });
  }
  return { nodes, relations };
}

/** Constraints and indexes every query relies on; each statement is idempotent. */
export async function ensureSchema(db: Db): Promise<void> {
  await db.write('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
  // MERGE on GraphMeta (seed marker, seed lease) is only race-free with a unique id.
  await db.write('CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE');
  await db.write('CREATE INDEX entity_origin IF NOT EXISTS FOR (n:Entity) ON (n.origin)');
  await db.write(
    "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
  );
  // Exact names: every node's normalised name and aliases (`nameKeys`), each kept whole by the keyword analyzer.
  await db.write(
    "CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKeys] OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } }",
  );
  await db.write('CALL db.awaitIndexes(60)');
  await backfillNameKeys(db);
}

/**
 * Nodes written before `nameKeys` existed (user-created ones the loader never rewrites) get them
 * here, with the Cypher twin of `normalizeName`; a no-op once every node has them.
 */
async function backfillNameKeys(db: Db): Promise<void> {
  const normalized = (x: string) => `reduce(k = toLower(${x}), c IN [' ', '\\t', '\\n', '-', '_'] | replace(k, c, ''))`;
  for (;;) {
    const [row] = await db.write<{ updated: number }>(
      `MATCH (n:Entity) WHERE n.nameKeys IS NULL
       WITH n LIMIT 10000
       SET n.nameKeys = reduce(keys = [], k IN [${normalized('n.name')}] + [a IN coalesce(n.aliases, []) | ${normalized('a')}] |
                                CASE WHEN k IN keys THEN keys ELSE keys + k END)
       RETURN count(n) AS updated`,
    );
    if (!row || row.updated === 0) return;
  }
}

/**
 * Rows per write transaction: big enough to amortise round trips and commits, small enough to stay
 * well inside db.transaction.timeout (20 s) and db.memory.transaction.max (256 MB) on a busy machine.
 */
export const batchSize = 10_000;

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let i = 0; i < rows.length; i += batchSize) yield rows.slice(i, i + batchSize);
}

const contentHash = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('base64url');

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
      "MATCH (a:Entity)-[r]->(b:Entity) RETURN coalesce(r.key, a.id + '|' + type(r) + '|' + b.id) AS key, r.hash AS hash, r.origin AS origin",
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
 * Makes the database hold exactly the curated data. It reads the content hash of every node and
 * relation, then writes only the difference in batches: CREATE for rows nothing in the database has
 * yet, MERGE on stable ids for changed ones, DELETE for what the data no longer has. Nodes and
 * relations with origin "user" (created through the API) are never deleted. The data is validated
 * before this runs, so bad data never reaches the database; the seed marker is written last, so a
 * seed cut short is redone. A lease makes concurrent seeds take turns, so CREATE never duplicates.
 *
 * Why CREATE for new rows (issue 6): MERGE of a relation first scans the existing relations of its
 * end nodes, which on hubs costs more than the write itself; measured on the 10k/50k synthetic graph
 * creating was about 1.6 times faster than merging.
 */
export async function loadSeed(db: Db, data: SeedData): Promise<SeedReport> {
  const { nodes, relations } = toRows(data);
  const checksum = dataChecksum(data);
  await ensureSchema(db);
  const lease = await acquireSeedLease(db);
  try {
    const state = await storedState(db);
    const curated = (m: Map<string, Stored>) => [...m].filter(([, s]) => s.origin === 'curated').map(([k]) => k);
    const nodeRows = nodes.map((n) => ({ ...n, hash: contentHash([n.label, n.props]) })).filter((n) => !isCurrent(state.nodes.get(n.id), n.hash));
    const relationRows = relations.map((r) => ({ ...r, hash: contentHash([r.note, r.source]) })).filter((r) => !isCurrent(state.relations.get(r.key), r.hash));
    const nodeIds = new Set(nodes.map((n) => n.id));
    const relationKeys = new Set(relations.map((r) => r.key));
    const staleRelations = curated(state.relations)
      .filter((key) => !relationKeys.has(key))
      .map(parseKey);
    const staleNodes = curated(state.nodes).filter((id) => !nodeIds.has(id));
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
    for (const type of relationTypes) {
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
    await db.write(
      `MERGE (m:GraphMeta {id: 'seed'})
       SET m.checksum = $checksum, m.nodes = $nodeCount, m.relations = $relationCount`,
      { checksum, nodeCount: nodes.length, relationCount: relations.length },
    );
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

function parseKey(key: string): { from: string; type: string; to: string } {
  const [from = '', type = '', to = ''] = key.split('|');
  return { from, type, to };
}

/** Identifies one version of the curated data; stored on the seed marker by each completed seed. */
export function dataChecksum(data: SeedData): string {
  const { nodes, relations } = toRows(data);
  return contentHash([nodes, relations]);
}

/** The checksum of the data last seeded into this database, or undefined when it was never seeded. */
export async function seededChecksum(db: Db): Promise<string | undefined> {
  const rows = await db.read<{ checksum: string | null }>("MATCH (m:GraphMeta {id: 'seed'}) RETURN m.checksum AS checksum");
  return rows[0]?.checksum ?? undefined;
}

/** True once a seed has completed on this database. */
export async function isSeeded(db: Db): Promise<boolean> {
  const rows = await db.read<{ seeded: boolean }>("OPTIONAL MATCH (m:GraphMeta {id: 'seed'}) RETURN m IS NOT NULL AS seeded");
  return rows[0]?.seeded ?? false;
}
