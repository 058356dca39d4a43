import { relationTypeInfo } from '../../../schema/model/vocabulary.ts';

export interface PathStepNode {
  id: string;
  name: string;
}

export interface PathStepRelation {
  type: string;
  fromId: string;
  toId: string;
  note: string;
}

export interface PathExplanation {
  /** The chain of relations as one sentence, e.g. "Apache Spark runs on YARN, which is part of Apache Hadoop." */
  summary: string;
  /** The summary followed by the curated notes that say why each relation holds. */
  explanation: string;
}

/** "is part of" → "is also part of", "includes" → "also includes". */
function withAlso(verb: string): string {
  const match = /^(is|was|are) (.*)$/.exec(verb);
  return match ? `${match[1]} also ${match[2]}` : `also ${verb}`;
}

const asSentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * Reads a path aloud: each relation by its vocabulary phrase when walked forward and its inverse
 * when walked backward, chained with "which". Two relations of one type meeting at (or leaving
 * from) the same node read with "also": "…, which is part of Apache Hadoop, which also includes HDFS."
 * `relations[i]` joins `nodes[i]` and `nodes[i + 1]`.
 */
export function explainPath(nodes: readonly PathStepNode[], relations: readonly PathStepRelation[]): PathExplanation {
  if (nodes.length === 0) return { summary: '', explanation: '' };
  if (relations.length === 0) return { summary: `${nodes[0]!.name}.`, explanation: `${nodes[0]!.name}.` };
  let summary = nodes[0]!.name;
  let previous: { type: string; forward: boolean } | undefined;
  relations.forEach((relation, i) => {
    const here = nodes[i]!;
    const next = nodes[i + 1]!;
    const info = relationTypeInfo(relation.type);
    const forward = relation.fromId === here.id;
    let verb = forward ? info.phrase : info.inverse;
    if (previous && previous.type === relation.type && (info.symmetric || previous.forward !== forward)) verb = withAlso(verb);
    summary += `${i === 0 ? ' ' : ', which '}${verb} ${next.name}`;
    previous = { type: relation.type, forward };
  });
  summary = `${summary}.`;
  // Derived relations' notes only restate the vendor or category, so they add nothing here.
  const notes = [...new Set(relations.filter((r) => !relationTypeInfo(r.type).derived && r.note.trim()).map((r) => asSentence(r.note)))];
  return { summary, explanation: [summary, ...notes].join(' ') };
}
