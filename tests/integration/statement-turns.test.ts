import { afterAll, describe, expect, inject, it } from 'vitest';
import { DatabaseUnavailableError, Db } from '../../server/src/db/driver.ts';

// One statement at a time, and a short wait for a turn: what a busy server does under a pile-up.
const db = new Db({ ...inject('neo4j'), maxConcurrentStatements: 1, statementWaitMs: 200 });
afterAll(() => db.close());

/** A read that keeps Neo4j busy for a while (a few million rows counted). */
const slow = () => db.read('UNWIND range(1, 20000000) AS x RETURN count(x) AS n', {}, { retry: false });

describe('statement turns', () => {
  it('makes a statement wait for its turn and tells it to try again when none comes, without closing the gate', async () => {
    const busy = slow();
    await expect(db.read('RETURN 1 AS one', {}, { retry: false })).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await busy;
    // A busy server is not a database that is down: the next statement runs at once.
    expect(db.availability.admit()).toBe(true);
    expect(await db.read<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
  });
});
