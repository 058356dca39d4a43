import type { Db } from '../db/driver.ts';
import { type AlternativeRow, alternativesOf } from '../db/queries/alternatives.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import type { EntityRow } from '../db/queries/rows.ts';
import { listNames } from '../domain/stack-summary.ts';
import { badInput, notFound, shown } from '../errors.ts';

export interface Alternative {
  technology: EntityRow;
  reason: string;
}

export interface AlternativeQuery {
  to: string;
  runsOn?: string | null;
  openSource?: boolean | null;
  category?: string | null;
  vendor?: string | null;
  /** Leaves out technologies whose lifecycle status is not active. */
  activeOnly?: boolean;
  first: number;
}

/** What a request asked for, with the names its reasons use. */
interface Resolved {
  target: EntityRow;
  runsOn: EntityRow | null;
  category: EntityRow | null;
  vendor: EntityRow | null;
}

async function resolve(db: Db, query: AlternativeQuery): Promise<Resolved> {
  const wanted: Array<{ arg: string; id: string | null | undefined; label: EntityRow['label'] | null }> = [
    { arg: 'to', id: query.to, label: 'Technology' },
    { arg: 'runsOn', id: query.runsOn, label: null },
    { arg: 'category', id: query.category, label: 'Category' },
    { arg: 'vendor', id: query.vendor, label: 'Vendor' },
  ];
  const ids = wanted.map((w) => w.id ?? '');
  const rows = await entitiesByIds(db, ids);
  const found = wanted.map((w, i) => {
    if (w.id === '') throw badInput(`${w.arg} is empty; give the id of a ${(w.label ?? 'node').toLowerCase()}${w.arg === 'to' ? '' : ', or leave it out'}.`);
    if (w.id === null || w.id === undefined) return null;
    const row = rows[i];
    if (!row) throw notFound(`${w.arg}: no node has the id ${shown(w.id)}; look the name up with search and use its id.`);
    if (w.label && row.label !== w.label)
      throw badInput(`${w.arg}: ${shown(w.id)} is a ${row.label.toLowerCase()}, not a ${w.label.toLowerCase()}; give a ${w.label.toLowerCase()} id.`);
    return row;
  });
  return { target: found[0]!, runsOn: found[1] ?? null, category: found[2] ?? null, vendor: found[3] ?? null };
}

/** Why one candidate qualifies: how it relates to the technology and each constraint it meets, then the recorded note. */
function reasonFor(row: AlternativeRow, asked: Resolved, query: AlternativeQuery): string {
  const { entity } = row;
  const why: string[] = [];
  if (row.alternativeNote) why.push(`is recorded as an alternative to ${asked.target.name}`);
  if (row.upgrade === 'newer') why.push(`is an upgrade of ${asked.target.name}`);
  if (row.upgrade === 'older') why.push(`is what ${asked.target.name} was built to improve on`);
  if (row.sharedCategories.length > 0) why.push(`is also listed under ${listNames(row.sharedCategories)}`);
  if (asked.runsOn && row.runsVia) why.push(`runs on ${asked.runsOn.name}${row.runsVia.length > 0 ? ` (through ${listNames(row.runsVia)})` : ''}`);
  if (query.openSource === true) why.push(`is open source (${entity.license})`);
  if (query.openSource === false) why.push(`is ${entity.license === 'Proprietary' ? 'proprietary' : `not open source (${entity.license})`}`);
  if (asked.category && !row.sharedCategories.includes(asked.category.name)) why.push(`is listed under ${asked.category.name}`);
  if (asked.vendor) why.push(`comes from ${asked.vendor.name}`);
  return `${entity.name} ${listNames(why)}.${row.alternativeNote ? ` ${row.alternativeNote}` : ''}`;
}

/** Ranked alternatives to a technology that meet every constraint given, each with why it qualifies. */
export async function findAlternatives(db: Db, query: AlternativeQuery): Promise<Alternative[]> {
  const asked = await resolve(db, query);
  const rows = await alternativesOf(db, {
    to: asked.target.id,
    runsOn: asked.runsOn?.id ?? null,
    openSource: query.openSource ?? null,
    category: asked.category?.id ?? null,
    vendor: asked.vendor?.id ?? null,
    activeOnly: query.activeOnly ?? false,
    limit: query.first,
  });
  return rows.map((row) => ({ technology: row.entity, reason: reasonFor(row, asked, query) }));
}
