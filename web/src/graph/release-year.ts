import type { ElementDefinition } from 'cytoscape';

/** The earliest and latest first-release years among `years`, or null when none is known. */
export function yearRange(years: Iterable<number | null>): { min: number; max: number } | null {
  const known = [...years].filter((y): y is number => y !== null);
  return known.length === 0 ? null : { min: Math.min(...known), max: Math.max(...known) };
}

/**
 * The field as it was at the end of `year`: nodes released by then, and the relations whose two ends
 * both are. Nodes with no release year (vendors, categories, a technology whose year is unknown) stay,
 * since nothing says they came later.
 */
export function releasedBy(elements: readonly ElementDefinition[], releaseYear: ReadonlyMap<string, number | null>, year: number): ElementDefinition[] {
  const hidden = new Set(
    elements
      .filter((e) => e.group === 'nodes' && (releaseYear.get(e.data.id as string) ?? null) !== null && releaseYear.get(e.data.id as string)! > year)
      .map((e) => e.data.id as string),
  );
  if (hidden.size === 0) return [...elements];
  return elements.filter((e) =>
    e.group === 'nodes' ? !hidden.has(e.data.id as string) : !hidden.has(e.data.source as string) && !hidden.has(e.data.target as string),
  );
}
