import { fillerWords } from './question.ts';

/**
 * Reading "alternative to Apache Airflow that runs on Kubernetes and is open source": the words that
 * ask for alternatives, the words that state constraints, and which named thing plays which part.
 */

const intentWords = new Set('alternative alternatives replace replaces replacing replacement replacements substitute substitutes instead'.split(' '));

/** Words asking for technologies still in active life, as in "an active alternative" or "still maintained". */
const activeWords = ['active', 'maintained', 'supported', 'still'];

/** Words that phrase the request or a constraint; they never name a technology in such a question. */
const constraintWords = new Set([
  ...intentWords,
  ...activeWords,
  ...'run runs running runnable open source open-source opensource oss proprietary closed closed-source commercial free good best options option some tool tools suggest recommend'.split(
    ' ',
  ),
]);

export const asksForAlternatives = (words: readonly string[]): boolean => words.some((w) => intentWords.has(w));

/** Filler for an alternatives question: the usual question words plus the constraint words. */
export const isAlternativesFiller = (word: string): boolean => fillerWords.has(word) || constraintWords.has(word);

/** true for "open source", false for "proprietary" or "closed source", null when the question says neither. */
export function openSourceWanted(words: readonly string[]): boolean | null {
  const text = ` ${words.join(' ')} `;
  if (/ (open source|open-source|opensource|oss) /.test(text)) return true;
  if (/ (proprietary|closed source|closed-source|commercial) /.test(text)) return false;
  return null;
}

/** True when the question asks for technologies still developed and supported, not deprecated or retired ones. */
export const activeWanted = (words: readonly string[]): boolean => words.some((w) => activeWords.includes(w) && w !== 'still');

export interface NamedPart<T> {
  start: number;
  entity: T;
}

export interface AlternativesRequest<T> {
  target: T;
  runsOn: T | null;
  vendor: T | null;
  category: T | null;
}

/**
 * Gives each named thing its part: a name right after "on" (runs on, running on, on) is the
 * platform; a vendor or category is a filter; the one technology left is what to replace. Two
 * technologies left means the question compares them ("is Dask an alternative to Spark"), which
 * is a paths question, so null.
 */
export function alternativesRequest<T extends { label: string }>(words: readonly string[], named: readonly NamedPart<T>[]): AlternativesRequest<T> | null {
  let runsOn: T | null = null;
  let vendor: T | null = null;
  let category: T | null = null;
  const targets: T[] = [];
  for (const { start, entity } of [...named].sort((a, b) => a.start - b.start)) {
    if (words[start - 1] === 'on' && !runsOn && entity.label === 'Technology') runsOn = entity;
    else if (entity.label === 'Vendor' && !vendor) vendor = entity;
    else if (entity.label === 'Category' && !category) category = entity;
    else if (entity.label === 'Technology') targets.push(entity);
  }
  if (targets.length !== 1) return null;
  return { target: targets[0]!, runsOn, vendor, category };
}
