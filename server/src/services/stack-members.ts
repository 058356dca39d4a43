import type { Db } from '../db/driver.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import type { EntityRow } from '../db/queries/rows.ts';
import { badInput, notFound, shown } from '../errors.ts';

export const stackSize = { min: 2, max: 20 } as const;

/** The technologies with these ids, in the given order; a clear error for a repeated, unknown or non-technology id. */
export async function requireTechnologies(db: Db, ids: readonly string[]): Promise<EntityRow[]> {
  const repeated = ids.find((id, i) => ids.indexOf(id) !== i);
  if (repeated) throw badInput(`ids lists ${shown(repeated)} more than once; give each technology once.`);
  const rows = await entitiesByIds(db, ids);
  const missing = ids.filter((_, i) => !rows[i]);
  if (missing.length > 0)
    throw notFound(`No technology has the id ${missing.map((id) => shown(id)).join(' or ')}; look the name up with search and use its id.`);
  const other = rows.find((row) => row && row.label !== 'Technology');
  if (other) throw badInput(`${shown(other.id)} is a ${other.label.toLowerCase()}, not a technology; give technology ids only.`);
  return rows as EntityRow[];
}
