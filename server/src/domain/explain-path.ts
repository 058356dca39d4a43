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

/** One step of a path: a relation, or every parallel relation between the same two nodes. */
export type PathStep = PathStepRelation | readonly PathStepRelation[];

const asList = (step: PathStep): readonly PathStepRelation[] => (Array.isArray(step) ? step : [step as PathStepRelation]);

/**
 * Verbs of one step joined around the node they reach, named once: "runs on YARN"; parallel
 * relations refer back to it, "is written in Python and offers an API in it", and a second "is"
 * folds into the first, "is the implementation language of MLflow and an API language of it".
 */
export function joinClause(verbs: readonly string[], object: string): string {
  const unique = [...new Set(verbs)];
  const parts = unique.map((verb, i) => {
    if (i === 0) return `${verb} ${object}`;
    const folded = verb.startsWith('is ') && unique[i - 1]!.startsWith('is ') ? verb.slice(3) : verb;
    return `${folded} it`;
  });
  return parts.length <= 1 ? (parts[0] ?? object) : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** How a step reads from `hereId` to the node it reaches: "runs on YARN", or "is written in Python and offers an API in it" for parallel relations. */
export function stepClause(step: PathStep, hereId: string, nextName: string): string {
  const verbs = asList(step).map((r) => {
    const info = relationTypeInfo(r.type);
    return r.fromId === hereId ? info.phrase : info.inverse;
  });
  return joinClause(verbs, nextName);
}

/**
 * Reads a path aloud: each relation by its vocabulary phrase when walked forward and its inverse
 * when walked backward, chained with "which". Two relations of one type meeting at (or leaving
 * from) the same node read with "also": "…, which is part of Apache Hadoop, which also includes HDFS."
 * A step of parallel relations reads every one of them: "MLflow is written in Python and offers an API in it."
 * `steps[i]` joins `nodes[i]` and `nodes[i + 1]`.
 */
export function explainPath(nodes: readonly PathStepNode[], steps: readonly PathStep[]): PathExplanation {
  if (nodes.length === 0) return { summary: '', explanation: '' };
  if (steps.length === 0) return { summary: `${nodes[0]!.name}.`, explanation: `${nodes[0]!.name}.` };
  let summary = nodes[0]!.name;
  let previous: { type: string; forward: boolean } | undefined;
  steps.forEach((step, i) => {
    const here = nodes[i]!;
    const next = nodes[i + 1]!;
    const relations = asList(step);
    const verbs = relations.map((relation, j) => {
      const info = relationTypeInfo(relation.type);
      const forward = relation.fromId === here.id;
      let verb = forward ? info.phrase : info.inverse;
      if (j === 0 && relations.length === 1 && previous && previous.type === relation.type && (info.symmetric || previous.forward !== forward))
        verb = withAlso(verb);
      return verb;
    });
    summary += `${i === 0 ? ' ' : ', which '}${joinClause(verbs, next.name)}`;
    const last = relations[relations.length - 1]!;
    previous = relations.length === 1 ? { type: last.type, forward: last.fromId === here.id } : undefined;
  });
  summary = `${summary}.`;
  // Derived relations' notes only restate the vendor or category, so they add nothing here.
  const notes = [
    ...new Set(
      steps
        .flatMap(asList)
        .filter((r) => !relationTypeInfo(r.type).derived && r.note.trim())
        .map((r) => asSentence(r.note)),
    ),
  ];
  return { summary, explanation: [summary, ...notes].join(' ') };
}
