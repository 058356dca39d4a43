import { normalizeName } from '../../../schema/model/names.ts';
import type { Db } from '../db/driver.ts';
import type { EntityRow } from '../db/queries/rows.ts';
import { searchEntities } from '../db/queries/search.ts';
import { buildLuceneQuery, searchTokens } from '../domain/search-text.ts';

export interface SearchHit {
  entity: EntityRow;
  score: number;
  /** The alias that matched, when the hit is through an alias rather than the name. */
  matchedAlias: string | null;
}

/** Exact name 0, exact alias 1, anything else 2: an exact name or alias always comes first. */
function exactness(entity: EntityRow, key: string): number {
  if (normalizeName(entity.name) === key) return 0;
  return entity.aliases.some((a) => normalizeName(a) === key) ? 1 : 2;
}

function matchedAlias(entity: EntityRow, key: string, tokens: readonly string[]): string | null {
  const exact = entity.aliases.find((a) => normalizeName(a) === key);
  if (exact) return exact;
  const name = normalizeName(entity.name);
  if (normalizeName(entity.name) === key || tokens.some((t) => name.includes(t))) return null;
  return entity.aliases.find((a) => tokens.some((t) => normalizeName(a).includes(t))) ?? null;
}

/** Ranked hits over names, aliases and descriptions; empty for blank text. `first` is validated by the caller. */
export async function searchGraph(db: Db, text: string, first: number): Promise<SearchHit[]> {
  if (!text.trim()) return [];
  const key = normalizeName(text.trim());
  // The same twelve words the full-text query uses; a huge text must not cost a pass per word per hit.
  const tokens = searchTokens(text).slice(0, 12);
  // Fetch more than asked: the exact-match re-ranking below may lift hits from further down.
  const rows = await searchEntities(db, buildLuceneQuery(text), key, Math.min(first * 3, 150));
  return rows
    .map((row) => ({ ...row, rank: exactness(row.entity, key) }))
    .sort((a, b) => a.rank - b.rank || b.score - a.score || a.entity.name.localeCompare(b.entity.name))
    .slice(0, first)
    .map(({ entity, score }) => ({ entity, score, matchedAlias: matchedAlias(entity, key, tokens) }));
}
