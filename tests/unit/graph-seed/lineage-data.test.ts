import { beforeAll, describe, expect, it } from 'vitest';
import { isDomainRoot } from '../../../graph-seed/src/curation-report.ts';
import { loadSeedData, type SeedData } from '../../../graph-seed/src/validate.ts';

/** The curated upgrade lineage (UPGRADE_OF: the source replaced or improved on the target). */
let data: SeedData;
beforeAll(async () => {
  data = await loadSeedData();
});

const upgrades = () => data.relations.filter((r) => r.type === 'UPGRADE_OF');

/** The longest run of successive upgrades that ends at each technology, counted in technologies. */
function chainLengths(): Map<string, number> {
  const predecessors = new Map<string, string[]>();
  for (const r of upgrades()) predecessors.set(r.from, [...(predecessors.get(r.from) ?? []), r.to]);
  const lengths = new Map<string, number>();
  const lengthOf = (id: string, seen: Set<string>): number => {
    const known = lengths.get(id);
    if (known !== undefined) return known;
    if (seen.has(id)) throw new Error(`the upgrade lineage loops through ${id}`);
    const before = (predecessors.get(id) ?? []).map((p) => lengthOf(p, new Set([...seen, id])));
    const length = 1 + Math.max(0, ...before);
    lengths.set(id, length);
    return length;
  };
  for (const r of upgrades()) lengthOf(r.from, new Set());
  return lengths;
}

describe('the curated upgrade lineage', () => {
  it('holds at least 25 upgrades, each citing a specific page rather than a site root or the seed notes', () => {
    expect(upgrades().length).toBeGreaterThanOrEqual(25);
    const address = (source: string) => /<(https:\/\/[^>]+)>$/.exec(source)?.[1];
    const vague = upgrades().filter((r) => {
      const url = address(r.source);
      return url === undefined || isDomainRoot(url);
    });
    expect(vague.map((r) => `${r.from} UPGRADE_OF ${r.to}`)).toEqual([]);
  });

  it('has at least three chains of three or more technologies, each upgraded by the next', () => {
    const ends = [...chainLengths()].filter(([, length]) => length >= 3).map(([id]) => id);
    expect(ends.length).toBeGreaterThanOrEqual(3);
  });

  it('never dates a successor before the technology it upgrades', () => {
    const year = new Map(data.technologies.map((t) => [t.id, t.firstRelease]));
    const backwards = upgrades().filter((r) => (year.get(r.from) ?? 0) < (year.get(r.to) ?? 0));
    expect(backwards.map((r) => `${r.from} (${year.get(r.from)}) UPGRADE_OF ${r.to} (${year.get(r.to)})`)).toEqual([]);
  });
});
