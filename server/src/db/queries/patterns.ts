export type Direction = 'OUTGOING' | 'INCOMING' | 'BOTH';

/**
 * The relationship pattern from `a` to `b` in one direction, e.g. `(a)-[r]->(b)`. Variable names
 * come from our code; the direction from the GraphQL enum, never from free text.
 */
export function relationPattern(a: string, r: string, b: string, direction: Direction): string {
  if (direction === 'OUTGOING') return `(${a})-[${r}]->(${b})`;
  if (direction === 'INCOMING') return `(${a})<-[${r}]-(${b})`;
  return `(${a})-[${r}]-(${b})`;
}
