import { mixedCases } from './api-cases.ts';

// The soak's requests: one GraphQL operation to the stack, the mixed reads' answers and the warm-up.

export const probeDescription = 'A made-up entry that the soak benchmark writes and deletes again.';
export const createDoc = 'mutation ($input: TechnologyInput!) { createTechnology(input: $input) { id } }';
export const deleteDoc = 'mutation ($id: ID!) { deleteTechnology(id: $id) { deleted } }';

/** POSTs one GraphQL operation to the stack; ok only for a 200 with no GraphQL errors, within 15 s. */
export async function ask(port: number, body: unknown, token?: string): Promise<{ ok: boolean; json?: unknown; error?: string }> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    const json = (await response.json()) as { errors?: Array<{ message: string }> };
    if (response.status !== 200 || json.errors) return { ok: false, error: `${response.status} ${json.errors?.[0]?.message ?? ''}`.trim() };
    return { ok: true, json };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** The answers to the mixed reads, as JSON text, to compare before and after the restart. */
export async function answers(port: number): Promise<string[]> {
  // Without search scores: Lucene's scores follow its index statistics (deleted documents included
  // until segments merge), which thousands of created and deleted probes move.
  return Promise.all(
    mixedCases.map(async (c) => JSON.stringify((await ask(port, c.graphql)).json ?? null, (key, value) => (key === 'score' ? undefined : value))),
  );
}

/** How long the soak warms the stack up before its clock starts. */
const warmUpSeconds = 30;

/**
 * The soak measures a stack that has been running, as the restart's own warm-up gives it back: a
 * freshly started Neo4j plans each statement on first use (1–4 s here) and its JIT is cold, and at 20
 * requests a second those first plans pile up into 15-second timeouts before any fault. So, one
 * request at a time, the same mix: a probe created (which also empties the read cache, so the reads
 * reach Neo4j), the reads, the probe deleted, for `warmUpSeconds`. None of it is counted.
 */
export async function warmUp(port: number, token: string, log: (line: string) => void): Promise<void> {
  const until = performance.now() + warmUpSeconds * 1000;
  let rounds = 0;
  while (performance.now() < until) {
    const id = `soak-warm-${rounds++}`;
    const input = { id, name: `Soak Warm ${rounds}`, kind: 'tool', categories: ['serverless'], description: probeDescription };
    await ask(port, { query: createDoc, variables: { input } }, token);
    await answers(port);
    await ask(port, { query: deleteDoc, variables: { id } }, token);
  }
  log(`soak: warmed up with ${rounds} rounds of the mix, one request at a time, in ${warmUpSeconds} s`);
}
