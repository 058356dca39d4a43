import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Balls, type ExpandLayer } from '../../../server/src/domain/meet-in-the-middle.ts';

type Graph = Map<string, Set<string>>;

function graphOf(edges: ReadonlyArray<readonly [string, string]>): Graph {
  const graph: Graph = new Map();
  for (const [a, b] of edges) {
    if (a === b) continue;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!graph.has(x)) graph.set(x, new Set());
      graph.get(x)!.add(y);
    }
  }
  return graph;
}

/** What the database layer does: neighbours a path may pass through (ends always, blocked nodes never), with their degree. */
function expander(
  graph: Graph,
  ends: readonly string[],
  blocked: ReadonlySet<string> = new Set(),
  calls: Array<{ frontier: string[]; into: boolean }> = [],
): ExpandLayer {
  return async (frontier, into) => {
    calls.push({ frontier: [...frontier], into: into !== null });
    return frontier.flatMap((from) =>
      [...(graph.get(from) ?? [])]
        .filter((to) => (into ? into.has(to) : ends.includes(to) || !blocked.has(to)))
        .map((to) => ({ from, to, degree: graph.get(to)?.size ?? 0 })),
    );
  };
}

/** Every simple path of exactly `length` steps, by brute force, as joined ids. */
function bruteForce(graph: Graph, from: string, to: string, length: number, blocked: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const walk = (path: string[]) => {
    const here = path.at(-1)!;
    if (path.length - 1 === length) {
      if (here === to) found.push(path.join('>'));
      return;
    }
    if (here === to) return;
    for (const next of graph.get(here) ?? []) {
      if (path.includes(next) || (next !== to && blocked.has(next))) continue;
      walk([...path, next]);
    }
  };
  walk([from]);
  return found.sort();
}

describe('the bidirectional path search', () => {
  it('finds every shortest path and every path one step longer, exactly as a brute-force walk does', async () => {
    const node = fc.integer({ min: 0, max: 11 }).map((i) => `n${i}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(node, node), { minLength: 4, maxLength: 40 }),
        fc.uniqueArray(node, { maxLength: 3 }),
        fc.integer({ min: 1, max: 6 }),
        async (edges, blockedList, maxHops) => {
          const graph = graphOf(edges);
          const [from, to] = ['n0', 'n1'];
          const blocked = new Set(blockedList.filter((id) => id !== from && id !== to));
          const balls = new Balls({ from, to, maxHops }, expander(graph, [from, to], blocked));
          const lengths = [1, 2, 3, 4, 5, 6].filter((l) => l <= maxHops && bruteForce(graph, from, to, l, blocked).length > 0);
          if (!(await balls.meet())) {
            expect(lengths).toEqual([]);
            return;
          }
          expect(balls.shortest).toBe(lengths[0]);
          expect(
            balls
              .paths(balls.shortest, 1000)
              .map((p) => p.join('>'))
              .sort(),
          ).toEqual(bruteForce(graph, from, to, balls.shortest, blocked));
          const depth = await balls.deepen();
          expect(depth).toBe(Math.min(maxHops, balls.shortest + 1));
          expect(
            balls
              .paths(depth, 1000)
              .map((p) => p.join('>'))
              .sort(),
          ).toEqual(bruteForce(graph, from, to, depth, blocked));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('grows the end with the smaller degree, and reads a costly layer first only for relations into the other ball', async () => {
    // A small end, a hub end with 3,000 neighbours, and the two joined through a, b and one of the hub's neighbours.
    const hubNeighbours = Array.from({ length: 3000 }, (_, i) => [`h${i}`, 'hub'] as const);
    const graph = graphOf([['small', 'a'], ['a', 'b'], ['b', 'h7'], ...hubNeighbours]);
    const calls: Array<{ frontier: string[]; into: boolean }> = [];
    const balls = new Balls({ from: 'small', to: 'hub', maxHops: 6 }, expander(graph, ['small', 'hub'], new Set(), calls));
    expect(await balls.meet()).toBe(true);
    expect(balls.shortest).toBe(4);
    // The two ends together, then the small side twice (its frontier is far cheaper than the hub's 3,000 neighbours).
    expect(calls.map((c) => [c.frontier.length, c.into])).toEqual([
      [2, false],
      [1, false],
      [1, false],
    ]);
    expect(balls.paths(4, 10)).toEqual([['small', 'a', 'b', 'h7', 'hub']]);
  });

  it('says no path at once when the bound says none exists, and when one side runs out before meeting', async () => {
    const graph = graphOf([
      ['a', 'x'],
      ['b', 'y'],
      ['y', 'z'],
    ]);
    expect(await new Balls({ from: 'a', to: 'b', maxHops: 6, bound: Promise.resolve(null) }, expander(graph, ['a', 'b'])).meet()).toBe(false);
    const calls: Array<{ frontier: string[]; into: boolean }> = [];
    expect(await new Balls({ from: 'a', to: 'b', maxHops: 6 }, expander(graph, ['a', 'b'], new Set(), calls)).meet()).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('never looks past the bound it is given', async () => {
    const graph = graphOf([
      ['a', 'm1'],
      ['m1', 'm2'],
      ['m2', 'm3'],
      ['m3', 'b'],
    ]);
    const balls = new Balls({ from: 'a', to: 'b', maxHops: 6, bound: Promise.resolve(3) }, expander(graph, ['a', 'b']));
    expect(await balls.meet()).toBe(false);
  });
});
