import { afterAll, describe, expect, it } from 'vitest';
import { testDb } from '../support/db.ts';

// The soak reads Db.poolUse after its drain to show no session leaked; this checks the figure itself
// against real statements, failed ones included.
const db = testDb();
afterAll(() => db.close());

describe('the driver pool in use, as the soak reads it', () => {
  it('counts a session while its statement runs and none once it is done', async () => {
    expect(db.poolUse()).toEqual({ sessions: 0, connections: 0 });
    const running = db.read('UNWIND range(1, 200000) AS x RETURN count(x) AS n');
    expect(db.poolUse().sessions).toBe(1);
    expect(await running).toEqual([{ n: 200000 }]);
    expect(db.poolUse()).toEqual({ sessions: 0, connections: 0 });
  });

  it('is idle again after concurrent reads, writes, a refused statement and one stopped at its time limit', async () => {
    const work = [
      ...Array.from({ length: 20 }, (_, i) => db.read('RETURN $i AS i', { i })),
      ...Array.from({ length: 3 }, () => db.write('RETURN 1 AS one', {}, { graphChange: false })),
      db.read('RETURN nonsense(').catch((error: Error) => error),
      db.read('UNWIND range(1, 100000000) AS x RETURN count(x) AS n', {}, { timeoutMs: 50, retry: false }).catch((error: Error) => error),
    ];
    expect(db.poolUse().sessions).toBeGreaterThan(20);
    const settled = await Promise.all(work);
    expect(settled.filter((r) => r instanceof Error)).toHaveLength(2);
    expect(db.poolUse()).toEqual({ sessions: 0, connections: 0 });
  });
});
