import { describe, expect, it } from 'vitest';
import { type WarmStatement, warmOrder, warmUp } from '../../../server/src/db/warm-up.ts';

const statements = (n: number): WarmStatement[] => Array.from({ length: n }, (_, i) => ({ cypher: `RETURN ${i}`, params: {}, mode: 'read' }));
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('the warm-up of a restarted Neo4j', () => {
  it('takes the writes first, then the reads in the order given', () => {
    const order = warmOrder(
      [
        ['MATCH (a) RETURN a', { id: 'a' }],
        ['MATCH (b) RETURN b', {}],
      ],
      [['CREATE (c)', {}]],
    );
    expect(order.map((s) => `${s.mode} ${s.cypher}`)).toEqual(['write CREATE (c)', 'read MATCH (a) RETURN a', 'read MATCH (b) RETURN b']);
    expect(order[1]?.params).toEqual({ id: 'a' });
  });

  it('runs every statement once, never more at a time than it has lanes', async () => {
    let running = 0;
    let most = 0;
    const seen: string[] = [];
    const ran = await warmUp(statements(7), { lanes: 2, budgetMs: 60_000 }, async (s) => {
      most = Math.max(most, ++running);
      await tick();
      seen.push(s.cypher);
      running--;
      return true;
    });
    expect(ran).toBe(7);
    expect(most).toBe(2);
    expect(seen.sort()).toEqual(
      statements(7)
        .map((s) => s.cypher)
        .sort(),
    );
  });

  it('starts nothing once its budget is spent', async () => {
    let clock = 0;
    const started: string[] = [];
    const ran = await warmUp(
      statements(10),
      { lanes: 1, budgetMs: 2_500 },
      async (s) => {
        started.push(s.cypher);
        clock += 1_000;
        return true;
      },
      () => clock,
    );
    // Started at 0, 1,000 and 2,000 ms; at 3,000 ms the budget is over.
    expect(started).toEqual(['RETURN 0', 'RETURN 1', 'RETURN 2']);
    expect(ran).toBe(3);
  });

  it('stops all lanes as soon as the database is gone again', async () => {
    const started: string[] = [];
    const ran = await warmUp(statements(10), { lanes: 2, budgetMs: 60_000 }, async (s) => {
      started.push(s.cypher);
      await tick();
      return s.cypher !== 'RETURN 2';
    });
    expect(started.length).toBeLessThanOrEqual(4);
    expect(ran).toBe(started.length - 1);
  });
});
