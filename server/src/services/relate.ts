import { normalizeName } from '../../../schema/model/names.ts';
import type { Db } from '../db/driver.ts';
import type { EntityRow } from '../db/queries/rows.ts';
import { entitiesByNameKeys } from '../db/queries/search.ts';
import type { AlternativesRequest } from '../domain/alternatives-question.ts';
import { activeWanted, alternativesRequest, asksForAlternatives, isAlternativesFiller, openSourceWanted } from '../domain/alternatives-question.ts';
import { fillerWords, looselyNames, matchNames, nameGrams, questionWords } from '../domain/question.ts';
import { listNames } from '../domain/stack-summary.ts';
import { shown } from '../errors.ts';
import { type Alternative, findAlternatives } from './alternatives.ts';
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
  /** For a request for alternatives: the ranked answer; empty otherwise. */
  alternatives: Alternative[];
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
const quoted = (words: readonly string[]) => words.map((w) => shown(w)).join(' and ');

interface FoundNames {
  found: Array<{ start: number; entity: EntityRow }>;
  unrecognized: string[];
  suggestions: SearchHit[];
}

/**
 * Names and aliases are matched exactly first, longest run of words first; leftover words go
 * through search and are accepted only when they closely name the hit, never on a description
 * match. Stops looking once `enough` different things are named.
 */
async function findNames(db: Db, words: readonly string[], isFiller: (word: string) => boolean, enough: number): Promise<FoundNames> {
  const known = nameIndex(await entitiesByNameKeys(db, [...new Set(nameGrams(words, 6, isFiller).map((g) => g.key))]));
  const { matches, leftovers } = matchNames(words, known, isFiller);
  const found: Array<{ start: number; entity: EntityRow }> = matches.map((m) => ({ start: m.start, entity: m.entity }));
  const unrecognized: string[] = [];
  const suggestions: SearchHit[] = [];
  for (const leftover of leftovers) {
    if (new Set(found.map((f) => f.entity.id)).size >= enough) break;
    const hits = await searchGraph(db, leftover.text, 5);
    const hit = hits.find((h) => [h.entity.name, ...h.entity.aliases].some((name) => looselyNames(leftover.text, name)));
    if (hit) found.push({ start: leftover.start, entity: hit.entity });
    else {
      unrecognized.push(leftover.text);
      suggestions.push(...hits.filter((h) => !suggestions.some((s) => s.entity.id === h.entity.id)));
    }
  }
  return { found, unrecognized, suggestions };
}

/**
 * Reads free text: a request for alternatives ("open-source alternative to Airflow that runs on
 * Kubernetes") is answered with ranked alternatives; anything else with the paths between the
 * first two names found.
 */
export async function relateQuestion(db: Db, question: string, options: PathOptions): Promise<RelateAnswer> {
  if (question.trim() === '')
    return {
      question,
      from: null,
      to: null,
      paths: [],
      alternatives: [],
      summary: null,
      others: [],
      unrecognized: [],
      suggestions: [],
      message: `The question is empty; name two technologies, ${example}.`,
    };
  const words = questionWords(question);
  if (asksForAlternatives(words)) {
    const names = await findNames(db, words, isAlternativesFiller, 4);
    const request = alternativesRequest(words, names.found);
    if (request) return answerAlternatives(db, question, words, request, names);
  }
  const { found, unrecognized, suggestions } = await findNames(db, words, (w) => fillerWords.has(w), 3);

  const ordered = found.sort((a, b) => a.start - b.start).map((f) => f.entity);
  const entities = ordered.filter((e, i) => ordered.findIndex((o) => o.id === e.id) === i);
  const [from, to, ...others] = entities;
  const base = { question, unrecognized, suggestions, alternatives: [], summary: null, others };

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

/** The answer to a request for alternatives, its message naming the constraints that were understood. */
async function answerAlternatives(
  db: Db,
  question: string,
  words: readonly string[],
  request: AlternativesRequest<EntityRow>,
  names: FoundNames,
): Promise<RelateAnswer> {
  const openSource = openSourceWanted(words);
  const activeOnly = activeWanted(words);
  const alternatives = await findAlternatives(db, {
    to: request.target.id,
    runsOn: request.runsOn?.id ?? null,
    openSource,
    category: request.category?.id ?? null,
    vendor: request.vendor?.id ?? null,
    activeOnly,
    first: 10,
  });
  const kind = openSource === true ? 'Open-source alternatives' : openSource === false ? 'Proprietary alternatives' : 'Alternatives';
  const constraints = [
    request.runsOn ? `that run on ${request.runsOn.name}` : null,
    request.category ? `in ${request.category.name}` : null,
    request.vendor ? `from ${request.vendor.name}` : null,
    activeOnly ? 'still active' : null,
  ].filter((c): c is string => c !== null);
  const asked = `${kind} to ${request.target.name}${constraints.length ? ` ${constraints.join(', ')}` : ''}`;
  const message =
    alternatives.length === 0
      ? `I found no ${asked.charAt(0).toLowerCase()}${asked.slice(1)}; try fewer constraints.`
      : `${asked}, best first: ${listNames(alternatives.map((a) => a.technology.name))}.`;
  return {
    question,
    from: request.target,
    to: null,
    paths: [],
    summary: null,
    others: [],
    message,
    unrecognized: names.unrecognized,
    suggestions: names.suggestions,
    alternatives,
  };
}
