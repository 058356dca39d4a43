import { normalizeName } from '../../../schema/model/names.ts';

/**
 * Words that phrase a question rather than name a technology: they separate the two names in
 * "how does Spark relate to HDFS" or "relationship between MLflow and Kubeflow".
 */
export const fillerWords: ReadonlySet<string> = new Set(
  (
    'a about against an and any are as be between both can compare compared compares comparing comparison connect connected connecting ' +
    'connection connections connects could des difference differences different do does doing each explain fit fits for from get give ' +
    'how i in into is it its link linked linking links me on or other path paths please relate related relates relating relation relations ' +
    'relationship relationships same show similar tell than that the there these this those to together up us v versus vs was way ways ' +
    'were what whats when where which who why with work works working you &'
  ).split(' '),
);

/** The words of a question, lowercased, with surrounding punctuation and a trailing "'s" removed ("HDFS?" → "hdfs"). */
export function questionWords(question: string): string[] {
  return question
    .toLowerCase()
    .split(/\s+/)
    .map((w) =>
      w
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .replace(/['’]s$/u, '')
        .replace(/[^\p{L}\p{N}+#]+$/u, ''),
    )
    .filter((w) => w.length > 0);
}

export interface Gram {
  start: number;
  end: number;
  /** The words joined by spaces, as the user wrote them (lowercased). */
  text: string;
  /** `normalizeName(text)`, the key compared with names and aliases. */
  key: string;
}

/** Every run of up to `maxWords` words that could be a name: it neither starts nor ends with a filler word. */
export function nameGrams(words: readonly string[], maxWords = 6, isFiller: (word: string) => boolean = (w) => fillerWords.has(w)): Gram[] {
  const grams: Gram[] = [];
  for (let length = Math.min(maxWords, words.length); length >= 1; length--) {
    for (let start = 0; start + length <= words.length; start++) {
      const slice = words.slice(start, start + length);
      if (isFiller(slice[0]!) || isFiller(slice[slice.length - 1]!)) continue;
      const text = slice.join(' ');
      grams.push({ start, end: start + length, text, key: normalizeName(text) });
    }
  }
  return grams;
}

/** A run of words that named nothing exactly, with the index of its first word. */
export interface Leftover {
  start: number;
  text: string;
}

export interface NameMatch<T> {
  start: number;
  end: number;
  text: string;
  entity: T;
}

/**
 * Claims the longest grams that are known names first, so "google cloud functions" wins over
 * "cloud functions"; what is left (runs of non-filler words) goes to fuzzy search.
 */
export function matchNames<T>(
  words: readonly string[],
  known: ReadonlyMap<string, T>,
  isFiller: (word: string) => boolean = (w) => fillerWords.has(w),
): { matches: NameMatch<T>[]; leftovers: Leftover[] } {
  const claimed = new Array<boolean>(words.length).fill(false);
  const matches: NameMatch<T>[] = [];
  for (const gram of nameGrams(words, 6, isFiller)) {
    const entity = known.get(gram.key);
    if (!entity || claimed.slice(gram.start, gram.end).some(Boolean)) continue;
    for (let i = gram.start; i < gram.end; i++) claimed[i] = true;
    matches.push({ start: gram.start, end: gram.end, text: gram.text, entity });
  }
  matches.sort((a, b) => a.start - b.start);
  const leftovers: Leftover[] = [];
  let run: string[] = [];
  const flush = (end: number) => {
    if (run.length) leftovers.push({ start: end - run.length, text: run.join(' ') });
    run = [];
  };
  words.forEach((word, i) => {
    if (claimed[i] || isFiller(word)) flush(i);
    else run.push(word);
  });
  flush(words.length);
  return { matches, leftovers };
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Whether words the user typed plausibly name something called `name`: a small typo in the whole
 * name, or the words appearing whole inside it ("cloud functions" in "Google Cloud Functions").
 * Deliberately stricter than search, which also matches descriptions.
 */
export function looselyNames(text: string, name: string): boolean {
  const typed = normalizeName(text);
  const target = normalizeName(name);
  if (typed.length < 2) return false;
  const allowed = typed.length >= 8 ? 2 : typed.length >= 4 ? 1 : 0;
  if (levenshtein(typed, target) <= allowed) return true;
  const words = ` ${name.toLowerCase().replace(/[\s\-_]+/g, ' ')} `;
  return typed.length >= 4 && words.includes(` ${text.toLowerCase().trim()} `);
}
