import { normalizeName } from '../../../schema/model/names.ts';
import type { Db } from '../db/driver.ts';
import type { EntityRow } from '../db/queries/rows.ts';
import { entitiesByNameKeys } from '../db/queries/search.ts';
import { looselyNames, matchNames, nameGrams, questionWords } from '../domain/question.ts';
import { connectionBetween } from './connection.ts';
import { checkExcluded, type PathOptions, type PathResult } from './paths.ts';
import { type SearchHit, searchGraph } from './search.ts';

export interface RelateAnswer {
  question: string;
  from: EntityRow | null;
  to: EntityRow | null;
  paths: PathResult[];
  /** A short paragraph on how the two relate (see services/connection.ts); null until two things were recognised. */
  summary: string | null;
  /** Further things the question named, beyond the two related. */
  others: EntityRow[];
  message: string;
  unrecognized: string[];
  suggestions: SearchHit[];
}

const example = 'for example "how does Spark relate to HDFS"';
const labelRank = { Technology: 0, Vendor: 1, Category: 2 } as const;

/** normalised name or alias → node; a name beats an alias and a technology beats a vendor or category ("Apache" the foundation vs "Apache Spark"). */
function nameIndex(entities: readonly EntityRow[]): Map<string, EntityRow> {
  const best = new Map<string, { entity: EntityRow; rank: number }>();
  for (const entity of entities) {
    const keys = [{ key: normalizeName(entity.name), rank: 0 }, ...entity.aliases.map((a) => ({ key: normalizeName(a), rank: 10 }))];
    for (const { key, rank } of keys) {
      const total = rank + labelRank[entity.label];
      const current = best.get(key);
      if (!current || total < current.rank) best.set(key, { entity, rank: total });
    }
  }
  return new Map([...best].map(([key, { entity }]) => [key, entity]));
}

const quotedNames = (entities: readonly EntityRow[]) => entities.map((e) => e.name).join(' and ');
const quoted = (words: readonly string[]) => words.map((w) => `"${w}"`).join(' and ');

/**
 * Reads two names out of free text and answers with the paths between them. Names and aliases
 * are matched exactly first, longest run of words first; leftover words go through search and are
 * accepted only when they closely name the hit, never on a description match.
 */
export async function relateQuestion(db: Db, question: string, options: PathOptions): Promise<RelateAnswer> {
  if (question.trim() === '')
    return {
      question,
      from: null,
      to: null,
      paths: [],
      summary: null,
      others: [],
      unrecognized: [],
      suggestions: [],
      message: `The question is empty; name two technologies, ${example}.`,
    };
  const words = questionWords(question);
  const known = nameIndex(await entitiesByNameKeys(db, [...new Set(nameGrams(words).map((g) => g.key))]));
  const { matches, leftovers } = matchNames(words, known);
  const found: Array<{ start: number; entity: EntityRow }> = matches.map((m) => ({ start: m.start, entity: m.entity }));
  const unrecognized: string[] = [];
  const suggestions: SearchHit[] = [];

  // Every leftover is looked up (a few at most), so a third name can be reported rather than dropped.
  for (const leftover of leftovers.slice(0, 4)) {
    const hits = await searchGraph(db, leftover.text, 5);
    const hit = hits.find((h) => [h.entity.name, ...h.entity.aliases].some((name) => looselyNames(leftover.text, name)));
    if (hit) found.push({ start: leftover.start, entity: hit.entity });
    else {
      unrecognized.push(leftover.text);
      suggestions.push(...hits.filter((h) => !suggestions.some((s) => s.entity.id === h.entity.id)));
    }
  }

  const ordered = found.sort((a, b) => a.start - b.start).map((f) => f.entity);
  const entities = ordered.filter((e, i) => ordered.findIndex((o) => o.id === e.id) === i);
  const [from, to, ...others] = entities;
  const base = { question, unrecognized, suggestions, summary: null, others };

  if (!from || !to) {
    let message: string;
    if (unrecognized.length > 0) {
      const names = suggestions.slice(0, 5).map((s) => s.entity.name);
      message = `I did not recognise ${quoted(unrecognized)}${from ? ` (I found ${from.name})` : ''}; ${
        names.length ? `did you mean ${names.join(', ')}?` : 'check the spelling or look the name up with search.'
      }`;
    } else if (from && ordered.length > 1) message = `Both names refer to ${from.name}; name two different technologies, ${example}.`;
    else if (from) message = `I found only ${from.name}; name a second technology, ${example}.`;
    else message = `I found no technology names in the question; name two, ${example}.`;
    return { ...base, from: from ?? null, to: null, paths: [], message };
  }

  checkExcluded([from, to], options.excludeNodes ?? []);
  const connection = await connectionBetween(db, from, to, options);
  const { paths } = connection;
  const extra =
    others.length > 0
      ? ` You named ${others.length + 2} things; I related the first two, ${from.name} and ${to.name}, and left out ${quotedNames(others)}: ask again to relate ${others.length === 1 ? 'it' : 'them'}.`
      : '';
  const message =
    paths.length === 0
      ? `${from.name} and ${to.name} are not connected within ${options.maxHops} relations; try a larger maxHops or other relation types.${extra}`
      : `${connection.summary} ${paths.length === 1 ? 'That is the only path' : `${paths.length} paths found, best first`} within ${options.maxHops} relations.${extra}`;
  return { ...base, from, to, paths, summary: connection.summary, message };
}
