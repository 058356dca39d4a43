import neo4j from 'neo4j-driver';
import type { NameCursor } from '../../domain/cursor.ts';
import type { Db } from '../driver.ts';
import { type EntityRow, entityMap, toEntityRow } from './rows.ts';

export interface TechnologyFilter {
  category?: string | null;
  vendor?: string | null;
  kind?: string | null;
  /** Case-insensitive substring of the name, an alias or the description. */
  text?: string | null;
}

export interface PageWindow {
  after: NameCursor | null;
  before: NameCursor | null;
  limit: number;
  /** Walk backwards from `before` (for `last`); rows still come back in that reversed order. */
  inverted: boolean;
}

export type TechnologyPageRow = EntityRow & { sortName: string };

/** One window of technologies ordered by lowercased name then id, the order the cursors encode. */
export async function technologiesPage(db: Db, filter: TechnologyFilter, window: PageWindow): Promise<TechnologyPageRow[]> {
  const order = window.inverted ? 'DESC' : 'ASC';
  const rows = await db.read<{ e: unknown; sortName: string }>(
    `MATCH (n:Entity:Technology)
     WHERE ($category IS NULL OR EXISTS { (n)-[:IN_CATEGORY]->(:Entity:Category {id: $category}) })
       AND ($vendor IS NULL OR EXISTS { (n)-[:PROVIDED_BY]->(:Entity:Vendor {id: $vendor}) })
       AND ($kind IS NULL OR n.kind = $kind)
       AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR toLower(n.aliasText) CONTAINS $text OR toLower(n.description) CONTAINS $text)
     WITH n, toLower(n.name) AS sortName
     WHERE ($afterName IS NULL OR sortName > $afterName OR (sortName = $afterName AND n.id > $afterId))
       AND ($beforeName IS NULL OR sortName < $beforeName OR (sortName = $beforeName AND n.id < $beforeId))
     RETURN ${entityMap('n')} AS e, sortName
     ORDER BY sortName ${order}, n.id ${order}
     LIMIT $limit`,
    {
      category: filter.category ?? null,
      vendor: filter.vendor ?? null,
      kind: filter.kind ?? null,
      text: filter.text?.trim() ? filter.text.trim().toLowerCase() : null,
      afterName: window.after?.name ?? null,
      afterId: window.after?.id ?? null,
      beforeName: window.before?.name ?? null,
      beforeId: window.before?.id ?? null,
      limit: neo4j.int(window.limit),
    },
  );
  return rows.map((r) => ({ ...toEntityRow(r.e), sortName: r.sortName }));
}
