import { normalizeName } from '../../../schema/model/names.ts';
import type { Db } from '../db/driver.ts';
import { type EntityProp, type EntityRow, entityProps } from '../db/queries/rows.ts';
import { searchEntities } from '../db/queries/search.ts';
import { buildLuceneQuery, searchTokens } from '../domain/search-text.ts';

export interface SearchHit {
  entity: EntityRow;
  score: number;
  /** The alias that matched, when the hit is through an alias rather than the name. */
  matchedAlias: string | null;
}

/** Whether `a` turns into `b` with at most one insertion, deletion or substitution. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, skip: number) => x.slice(i + skip);
  return rest(a, 1) === rest(b, 1) || rest(a, 1) === rest(b, 0) || rest(a, 0) === rest(b, 1);
}

/** Every word typed starts, or is one typo away from, a word of one of `names`. */
function isClose(names: readonly string[], tokens: readonly string[]): boolean {
  const words = names.flatMap((n) => searchTokens(n));
  return tokens.length > 0 && tokens.every((t) => words.some((w) => w.startsWith(t) || (t.length >= 4 && withinOneEdit(t, w))));
}

/**
 * Exact name 0, exact alias 1, a name close to what was typed 2, an alias close to it 3, anything
 * else 4: an exact name or alias always comes first, and a typo in a name beats an alias or a
 * description that mentions it.
 */
function exactness(entity: EntityRow, key: string, tokens: readonly string[]): number {
  if (normalizeName(entity.name) === key) return 0;
  if (entity.aliases.some((a) => normalizeName(a) === key)) return 1;
  if (isClose([entity.name], tokens)) return 2;
  return isClose(entity.aliases, tokens) ? 3 : 4;
}

function matchedAlias(entity: EntityRow, key: string, tokens: readonly string[]): string | null {
  const exact = entity.aliases.find((a) => normalizeName(a) === key);
  if (exact) return exact;
  const name = normalizeName(entity.name);
  if (normalizeName(entity.name) === key || tokens.some((t) => name.includes(t))) return null;
  return entity.aliases.find((a) => tokens.some((t) => normalizeName(a).includes(t))) ?? null;
}

/** What the ranking below reads of every hit, whatever the caller asks for. */
const rankedBy: readonly EntityProp[] = ['name', 'aliases'];

/**
 * Ranked hits over names, aliases and descriptions; empty for blank text. `first` is validated by the
 * caller. Each hit's entity carries `props` (and its name and aliases); the rest are `toEntityRow`'s defaults.
 */
export async function searchGraph(db: Db, text: string, first: number, props: readonly EntityProp[] = entityProps): Promise<SearchHit[]> {
  if (!text.trim()) return [];
  const key = normalizeName(text.trim());
  // The same twelve words the full-text query uses; a huge text must not cost a pass per word per hit.
  const tokens = searchTokens(text).slice(0, 12);
  // Fetch more than asked: the exact-match re-ranking below may lift hits from further down.
  const read = entityProps.filter((p) => props.includes(p) || rankedBy.includes(p));
  const rows = await searchEntities(db, buildLuceneQuery(text), key, Math.min(first * 3, 150), read);
  return rows
    .map((row) => ({ ...row, rank: exactness(row.entity, key, tokens) }))
    .sort((a, b) => a.rank - b.rank || b.score - a.score || a.entity.name.localeCompare(b.entity.name))
    .slice(0, first)
    .map(({ entity, score }) => ({ entity, score, matchedAlias: matchedAlias(entity, key, tokens) }));
}
