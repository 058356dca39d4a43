/**
 * The first view's rule, shared so the server lays out exactly the scene the browser will draw:
 * the technologies with the most relations in the loaded graph (the curated relations, for the
 * first view), ties broken by name and then id, so every visit and both sides pick the same nodes.
 * Vendors and categories are left to expansions, where they answer a question.
 */

/** How many technologies the first view shows: enough to see the landscape, few enough to read every label. */
export const overviewSize = 40;

export interface OverviewNode {
  id: string;
  name: string;
  technology: boolean;
}

export interface OverviewEdge {
  source: string;
  target: string;
}

/** Relations per node within the given edges. */
export function degreesWithin(edges: Iterable<OverviewEdge>): Map<string, number> {
  const degrees = new Map<string, number>();
  for (const edge of edges) {
    degrees.set(edge.source, (degrees.get(edge.source) ?? 0) + 1);
    degrees.set(edge.target, (degrees.get(edge.target) ?? 0) + 1);
  }
  return degrees;
}

/**
 * Names in English order. One collator for every comparison: `localeCompare` with a locale builds
 * its collator again on each call, which made ranking the curated graph a tenth of the first view's
 * script time in the browser.
 */
const byName = new Intl.Collator('en').compare;

/** The ids of the first view's technologies, most connected first. */
export function rankOverview(nodes: readonly OverviewNode[], edges: readonly OverviewEdge[], size = overviewSize): string[] {
  const degrees = degreesWithin(edges);
  return nodes
    .filter((n) => n.technology)
    .sort((a, b) => (degrees.get(b.id) ?? 0) - (degrees.get(a.id) ?? 0) || byName(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, size)
    .map((n) => n.id);
}
