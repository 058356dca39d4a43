import type { Db } from './driver.ts';

/**
 * The database's own schema: the constraints and indexes every query relies on. The server applies
 * it at start and the seed loader before it writes; each statement is idempotent.
 */
/** Neo4j refuses data writes in a transaction that changes the schema, and indexes change no answer: no graph version bump. */
const ddl = { graphChange: false };

export async function ensureSchema(db: Db): Promise<void> {
  await createSchema(db);
  await awaitSchema(db);
  await backfillNameKeys(db);
}

/**
 * Creates the constraints and indexes. The constraints are in force when it returns (Neo4j checks
 * uniqueness before the statement ends); the indexes may still be populating (`awaitSchema`).
 */
export async function createSchema(db: Db): Promise<void> {
  await db.write('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE', {}, ddl);
  // MERGE on GraphMeta (seed marker, seed lease) is only race-free with a unique id.
  await db.write('CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE', {}, ddl);
  await db.write('CREATE INDEX entity_origin IF NOT EXISTS FOR (n:Entity) ON (n.origin)', {}, ddl);
  await db.write(
    "CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText, n.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } }",
    {},
    ddl,
  );
  // Exact names: every node's normalised name and aliases (`nameKeys`), each kept whole by the keyword analyzer.
  await db.write(
    "CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (n:Entity) ON EACH [n.nameKeys] OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } }",
    {},
    ddl,
  );
}

/** Waits until every index is online, so no query falls back to a scan. */
export async function awaitSchema(db: Db): Promise<void> {
  await db.write('CALL db.awaitIndexes(60)', {}, ddl);
}

/**
 * Nodes written before `nameKeys` existed (user-created ones the loader never rewrites) get them
 * here, with the Cypher twin of `normalizeName` (schema/model/names.ts); a no-op once every node has them.
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
