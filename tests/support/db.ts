import { inject } from 'vitest';
import { seed } from '../../graph-seed/src/seed.ts';
import { Db } from '../../server/src/db/driver.ts';

/** A driver on the suite's throwaway Neo4j, which global setup has seeded with the curated graph. */
export function testDb(): Db {
  return new Db(inject('neo4j'));
}

/** Puts the curated graph back exactly, for suites that edit it. */
export async function reseed(db: Db): Promise<void> {
  await seed(db);
}
