/** Plain-English paragraph about a stack, from names only; pure so its wording is tested without a database. */

export interface StackFacts {
  members: readonly string[];
  connectors: readonly string[];
  /** Sentences such as "Apache Spark stores data in Amazon S3", one per tree relation. */
  links: readonly string[];
  overlaps: ReadonlyArray<{ a: string; b: string }>;
  isolated: readonly string[];
  maxHops: number;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeStack(facts: StackFacts): string {
  const sentences: string[] = [];
  const connected = facts.members.length - facts.isolated.length;
  if (connected < 2)
    sentences.push(
      `None of the ${plural(facts.members.length, 'technology', 'technologies')} ${listNames(facts.members)} connect within ${facts.maxHops} relations.`,
    );
  else if (facts.connectors.length === 0)
    sentences.push(`${listNames(facts.members.filter((m) => !facts.isolated.includes(m)))} connect directly, with no technology in between.`);
  else
    sentences.push(
      `${listNames(facts.members.filter((m) => !facts.isolated.includes(m)))} fit together through ${plural(facts.connectors.length, 'connector', 'connectors')}: ${listNames(facts.connectors)}.`,
    );
  if (facts.links.length > 0) sentences.push(`${facts.links.join('; ')}.`);
  if (facts.overlaps.length > 0)
    sentences.push(`Possibly redundant: ${facts.overlaps.map((o) => `${o.a} and ${o.b}`).join('; ')}; a team usually needs only one of each pair.`);
  if (facts.isolated.length > 0 && connected >= 2)
    sentences.push(`${listNames(facts.isolated)} ${facts.isolated.length === 1 ? 'has' : 'have'} no path to the rest within ${facts.maxHops} relations.`);
  return sentences.map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join(' ');
}
