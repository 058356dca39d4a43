/** One statement the warm-up runs again: its text, its last parameters, and how (read, or write rolled back). */
export interface WarmStatement {
  cypher: string;
  params: Record<string, unknown>;
  mode: 'read' | 'write';
}

export interface WarmUpPlan {
  /** Statements run at once: a restarted Neo4j plans on every core it has. */
  lanes: number;
  /** No statement starts after this long; the gate stays closed while the warm-up runs. */
  budgetMs: number;
}

/**
 * How a restarted Neo4j is warmed before requests return (Db.replayRecent): two statements at a time,
 * for at most 6 s. Planning one statement cold took 0.75 s on average on a two-core machine, so 17
 * statements one at a time took 12.8 s; a 2.5 s budget covered the reads only, and the first creates
 * after the restart then waited out their 15 s behind each other's planning.
 */
export const defaultWarmUp: WarmUpPlan = { lanes: 2, budgetMs: 6_000 };

/**
 * The order the warm-up takes: writes first, one of each, since they are few and a cold write holds
 * locks while it plans; then the reads, most recently used first.
 */
export function warmOrder(reads: Iterable<[string, Record<string, unknown>]>, writes: Iterable<[string, Record<string, unknown>]>): WarmStatement[] {
  return [
    ...[...writes].map(([cypher, params]) => ({ cypher, params, mode: 'write' as const })),
    ...[...reads].map(([cypher, params]) => ({ cypher, params, mode: 'read' as const })),
  ];
}

/**
 * Runs `statements` in order on `plan.lanes` lanes until all have run, the budget is spent, or `run`
 * says the database is gone (returns false). Failures of single statements are the caller's to
 * swallow: a statement that failed has still been planned. Resolves to the number that ran.
 */
export async function warmUp(
  statements: readonly WarmStatement[],
  plan: WarmUpPlan,
  run: (s: WarmStatement) => Promise<boolean>,
  now = () => Date.now(),
): Promise<number> {
  const deadline = now() + plan.budgetMs;
  let next = 0;
  let ran = 0;
  let gone = false;
  const lane = async () => {
    while (!gone && next < statements.length && now() <= deadline) {
      const statement = statements[next++] as WarmStatement;
      if (await run(statement)) ran++;
      else gone = true;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, plan.lanes) }, lane));
  return ran;
}
