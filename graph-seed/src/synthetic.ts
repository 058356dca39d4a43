import { technologyKinds } from '../../schema/model/data-schema.ts';
import { mirroredRelationKey, relationKey } from '../../schema/model/relation-key.ts';
import { relationTypes } from '../../schema/model/vocabulary.ts';
import type { SeedData } from './validate.ts';

export interface SyntheticOptions {
  technologies: number;
  relations: number;
  /** @default 40 */
  categories?: number;
  /** @default 25 */
  vendors?: number;
  /** @default 1 */
  seed?: number;
}

/** mulberry32: a small deterministic PRNG, so every run benchmarks the same graph. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const curatedTypes = relationTypes.filter((t) => !t.derived);

/**
 * A synthetic graph in the curated data's shape and vocabulary, for scale benchmarks. Endpoints are
 * drawn with a skew (a few hubs, a long tail) like real technology graphs; ids are `syn-<n>`.
 */
export function syntheticGraph(options: SyntheticOptions): SeedData {
  const rand = random(options.seed ?? 1);
  const categoryCount = options.categories ?? 40;
  const vendorCount = options.vendors ?? 25;
  const categories = Array.from({ length: categoryCount }, (_, i) => ({
    id: `syn-category-${i}`,
    name: `Synthetic category ${i}`,
    description: `Synthetic category number ${i} for scale benchmarks.`,
  }));
  const vendors = Array.from({ length: vendorCount }, (_, i) => ({
    id: `syn-vendor-${i}`,
    name: `Synthetic vendor ${i}`,
    aliases: [],
    description: `Synthetic vendor number ${i} for scale benchmarks.`,
    homepage: `https://vendor-${i}.example.org`,
  }));
  const words = ['stream', 'lake', 'query', 'flow', 'graph', 'cloud', 'spark', 'table', 'model', 'serve', 'vector', 'batch', 'edge', 'pipe', 'store'];
  const technologies = Array.from({ length: options.technologies }, (_, i) => {
    const name = `${words[i % words.length]}${words[Math.floor(i / words.length) % words.length]} ${i}`;
    return {
      id: `syn-${i}`,
      name,
      aliases: [`syn${i}`],
      kind: technologyKinds[i % technologyKinds.length] ?? 'tool',
      categories: [`syn-category-${i % categoryCount}`],
      ...(i % 3 === 0 && { vendor: `syn-vendor-${i % vendorCount}` }),
      description: `Synthetic technology ${name} that does ${words[(i * 7) % words.length]} work at scale.`,
      firstRelease: 1990 + (i % 35),
      license: i % 4 === 0 ? 'Proprietary' : 'Apache-2.0',
      homepage: `https://syn-${i}.example.org`,
      remarks: [],
      status: 'active' as const,
    };
  });
  // Skewed endpoints: squaring a uniform draw favours low indexes, which become hubs.
  const pick = () => Math.floor(rand() ** 2 * options.technologies);
  const seen = new Set<string>();
  const relations: SeedData['relations'] = [];
  while (relations.length < options.relations) {
    const from = Math.floor(rand() * options.technologies);
    const to = pick();
    if (from === to) continue;
    const type = curatedTypes[Math.floor(rand() * curatedTypes.length)]?.type ?? 'INTEGRATES_WITH';
    const ends = { from: `syn-${from}`, type, to: `syn-${to}` };
    const key = relationKey(ends);
    const mirror = mirroredRelationKey(ends);
    if (seen.has(key) || seen.has(mirror)) continue;
    seen.add(key);
    relations.push({ ...ends, note: `Synthetic relation ${relations.length} for scale benchmarks.`, source: 'seed-notes' });
  }
  return { categories, vendors, technologies, relations };
}
