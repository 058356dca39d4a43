import type { GraphData } from './model.ts';

/** How many technologies the first view shows: enough to see the landscape, few enough to read every label. */
export const overviewSize = 40;

/** Relations per node within `data`, which for the first view means the curated relations only. */
export function curatedDegrees(data: GraphData): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const edge of data.edges) {
    degrees.set(edge.source, (degrees.get(edge.source) ?? 0) + 1);
    degrees.set(edge.target, (degrees.get(edge.target) ?? 0) + 1);
  }
  return degrees;
}

/**
 * The first view: the technologies with the most curated relations (ties by name, so every visit
 * shows the same scene). Vendors and categories are left to expansions, where they answer a question.
 */
export function overviewIds(data: GraphData, size = overviewSize): Set<string> {
  const degrees = curatedDegrees(data);
  const ranked = data.nodes
    .filter((n) => n.label === 'Technology')
    .sort((a, b) => (degrees.get(b.id) ?? 0) - (degrees.get(a.id) ?? 0) || a.name.localeCompare(b.name));
  return new Set(ranked.slice(0, size).map((n) => n.id));
}
