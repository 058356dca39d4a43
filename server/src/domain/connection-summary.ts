import { type PathStep, type PathStepNode, stepClause } from './explain-path.ts';

export interface SummaryPath {
  nodes: readonly PathStepNode[];
  steps: readonly PathStep[];
  viaHub: boolean;
  score: number;
  strength: 'STRONG' | 'MODERATE' | 'WEAK';
}

/** What the two ends have in common beside the paths: shared categories, vendor and alternatives. */
export interface SharedContext {
  categories: readonly PathStepNode[];
  vendors: readonly PathStepNode[];
  alternatives: readonly PathStepNode[];
}

const counts = ['no', 'one', 'two', 'three', 'four', 'five'];

/**
 * "a", "a and b", "a, b and c"; items that hold commas themselves are parted by semicolons, and
 * items that hold an "and" get a comma before the last one, so "runs on YARN and integrates with
 * it, and stores data in HDFS" still reads as two items.
 */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const separator = items.some((item) => item.includes(',')) ? '; ' : ', ';
  const last = separator === '; ' ? '; and ' : items.some((item) => item.includes(' and ')) ? ', and ' : ' and ';
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

/** The path from its second node on, read with "it" for the start: "runs on YARN, which is part of Apache Hadoop". */
function readFromStart(path: SummaryPath): string {
  return path.steps.map((step, i) => `${i === 0 ? '' : 'which '}${stepClause(step, path.nodes[i]!.id, path.nodes[i + 1]!.name)}`).join(', ');
}

/**
 * The ways the paths connect the ends, in the paths' order. Two-step paths that reach the end by
 * the same reading ("is part of Apache Hadoop") are told together: "runs on YARN and stores data
 * in HDFS, each of which is part of Apache Hadoop".
 */
function ways(paths: readonly SummaryPath[]): string[] {
  const groups: Array<{ key: string; paths: SummaryPath[] }> = [];
  for (const path of paths) {
    const last = path.steps.length - 1;
    const key = path.steps.length === 2 ? stepClause(path.steps[last]!, path.nodes[last]!.id, path.nodes[last + 1]!.name) : `\u0000${groups.length}`;
    const group = groups.find((g) => g.key === key);
    if (group) group.paths.push(path);
    else groups.push({ key, paths: [path] });
  }
  return groups.map(({ key, paths: group }) => {
    if (group.length === 1) return readFromStart(group[0]!);
    const firsts = group.map((p) => stepClause(p.steps[0]!, p.nodes[0]!.id, p.nodes[1]!.name));
    return `${listOf(firsts)}, each of which ${key}`;
  });
}

function sharedSentence(shared: SharedContext): string {
  const parts: string[] = [];
  const names = (nodes: readonly PathStepNode[]) => listOf(nodes.map((n) => n.name));
  if (shared.vendors.length) parts.push(`both are provided by ${names(shared.vendors)}`);
  if (shared.categories.length) parts.push(`both are in ${shared.categories.length === 1 ? 'the category' : 'the categories'} ${names(shared.categories)}`);
  if (shared.alternatives.length) parts.push(`both are alternatives to ${names(shared.alternatives)}`);
  if (parts.length === 0) return '';
  const sentence = listOf(parts);
  return ` ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/**
 * A short paragraph on how two things relate: the strongest paths grouped into one sentence, then
 * what the two share. "Apache Spark relates to Apache Hadoop in three ways: it is an upgrade of
 * Hadoop MapReduce, runs on YARN and stores data in HDFS, each of which is part of Apache Hadoop."
 * Only paths scoring at least `keep` of the best are told, three at most; paths through a hub only
 * when there is nothing else, and then said to be loose.
 */
export function connectionSummary(from: PathStepNode, to: PathStepNode, paths: readonly SummaryPath[], shared: SharedContext, keep = 0.75): string {
  const context = sharedSentence(shared);
  const best = paths[0];
  if (!best) return `${from.name} and ${to.name} are not connected by the relations searched.${context}`;
  const told = paths.filter((p) => p.viaHub === best.viaHub && p.score >= best.score * keep).slice(0, 3);
  const list = ways(told);
  if (best.viaHub) return `${from.name} and ${to.name} connect only through a generic hub: ${from.name} ${listOf(list)}.${context}`;
  if (best.strength === 'WEAK') return `${from.name} and ${to.name} connect only loosely: ${from.name} ${listOf(list)}.${context}`;
  if (told.length === 1) return `${from.name} ${list[0]}.${context}`;
  return `${from.name} relates to ${to.name} in ${counts[told.length] ?? told.length} ways: it ${listOf(list)}.${context}`;
}
