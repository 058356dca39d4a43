import { type TechnologyStatus, technologySchema } from '../../../schema/model/data-schema.ts';
import type { Db } from '../db/driver.ts';
import { entitiesByIds } from '../db/queries/entities.ts';
import type { EntityRow } from '../db/queries/rows.ts';
import {
  deleteTechnologyNode,
  insertTechnology,
  isConstraintViolation,
  missingReferences,
  readForUpdate,
  replaceDerivedRelations,
  type TechnologyProps,
  updateTechnologyNode,
  type WriteTx,
} from '../db/queries/technology-writes.ts';
import { alreadyExists, badInput, forbidden, notFound, shown } from '../errors.ts';
import { invalidInputMessage } from './validation-message.ts';

export interface TechnologyInput {
  id: string;
  name: string;
  aliases?: string[] | null;
  kind: string;
  categories: string[];
  vendor?: string | null;
  description: string;
  firstRelease: number;
  license: string;
  homepage: string;
  status?: TechnologyStatus | null;
  statusSince?: number | null;
  statusSource?: string | null;
}

/** Absent or null fields stay as they are, except `vendor: null`, which removes the vendor. */
export type TechnologyPatch = Partial<{ [K in keyof Omit<TechnologyInput, 'id'>]: TechnologyInput[K] | null }>;

type Valid = TechnologyProps & { categories: string[]; vendor: string | null };

/** The curated data's own schema (schema/model/data-schema.ts), so the API accepts exactly what curated data may hold. */
function validate(input: TechnologyInput): Valid {
  const parsed = technologySchema.safeParse({
    ...input,
    aliases: input.aliases ?? [],
    categories: [...new Set(input.categories)],
    vendor: input.vendor ?? undefined,
    status: input.status ?? undefined,
    statusSince: input.statusSince ?? undefined,
    statusSource: input.statusSource ?? undefined,
  });
  if (!parsed.success) throw badInput(invalidInputMessage('technology', parsed.error));
  const { remarks: _remarks, vendor, ...rest } = parsed.data;
  return { ...rest, vendor: vendor ?? null };
}

async function checkReferences(tx: WriteTx, t: Valid): Promise<void> {
  const missing = await missingReferences(tx, t.categories, t.vendor);
  const problems = [...missing.categories.map((c) => `category ${shown(c)}`), ...(missing.vendor && t.vendor ? [`vendor ${shown(t.vendor)}`] : [])];
  if (problems.length > 0) throw badInput(`There is no ${problems.join(' and no ')}; use ids from the categories and vendors queries.`);
}

const curatedRefusal = (entity: EntityRow, action: string) =>
  forbidden(`${entity.name} is curated data, which is changed by editing graph-seed/data and re-seeding; the API can only ${action} technologies it created.`);

async function reload(db: Db, id: string): Promise<EntityRow> {
  const [row] = await entitiesByIds(db, [id]);
  if (!row) throw notFound(`No node has the id ${shown(id)}; it may have just been deleted.`);
  return row;
}

/** Validates, checks categories and vendor exist, then writes the node and its derived relations in one transaction. */
export async function createTechnology(db: Db, input: TechnologyInput): Promise<EntityRow> {
  const t = validate(input);
  try {
    await db.writeTransaction(async (tx) => {
      await checkReferences(tx, t);
      await insertTechnology(tx, t);
      await replaceDerivedRelations(tx, t.id, t.categories, t.vendor);
    });
  } catch (error) {
    if (isConstraintViolation(error)) throw alreadyExists(`A node with the id ${shown(t.id)} already exists; choose another id or update that technology.`);
    throw error;
  }
  return reload(db, t.id);
}

/** A patch to ACTIVE drops the year and source, which only describe a status other than active. */
function lifecycle(patch: TechnologyPatch, e: EntityRow): Pick<TechnologyInput, 'status' | 'statusSince' | 'statusSource'> {
  const status = patch.status ?? e.status;
  if (status === 'active') return { status };
  return { status, statusSince: patch.statusSince ?? e.statusSince, statusSource: patch.statusSource ?? e.statusSource };
}

export async function updateTechnology(db: Db, id: string, patch: TechnologyPatch): Promise<EntityRow> {
  await db.writeTransaction(async (tx) => {
    const stored = await readForUpdate(tx, id);
    if (!stored) throw notFound(`No technology has the id ${shown(id)}; check the id.`);
    if (stored.entity.label !== 'Technology')
      throw badInput(`${shown(id)} is a ${stored.entity.label.toLowerCase()}, not a technology; only technologies can be updated.`);
    if (stored.entity.origin === 'curated') throw curatedRefusal(stored.entity, 'update');
    const e = stored.entity;
    const keep = <T>(value: T | null | undefined, current: T): T => (value === undefined || value === null ? current : value);
    const t = validate({
      id,
      name: keep(patch.name, e.name),
      aliases: keep(patch.aliases, e.aliases),
      kind: keep(patch.kind, e.kind),
      categories: keep(patch.categories, stored.categories),
      vendor: patch.vendor === undefined ? stored.vendor : patch.vendor,
      description: keep(patch.description, e.description),
      firstRelease: keep(patch.firstRelease, e.firstRelease ?? 0),
      license: keep(patch.license, e.license ?? ''),
      homepage: keep(patch.homepage, e.homepage ?? ''),
      ...lifecycle(patch, e),
    });
    await checkReferences(tx, t);
    await updateTechnologyNode(tx, t);
    await replaceDerivedRelations(tx, id, t.categories, t.vendor);
  });
  return reload(db, id);
}

/** Deleting an id that no longer exists answers deleted: false, so a retried delete is harmless. */
export async function deleteTechnology(db: Db, id: string): Promise<{ id: string; deleted: boolean }> {
  const deleted = await db.writeTransaction(async (tx) => {
    const stored = await readForUpdate(tx, id);
    if (!stored) return false;
    if (stored.entity.label !== 'Technology')
      throw badInput(`${shown(id)} is a ${stored.entity.label.toLowerCase()}, not a technology; only technologies can be deleted.`);
    if (stored.entity.origin === 'curated') throw curatedRefusal(stored.entity, 'delete');
    return deleteTechnologyNode(tx, id);
  });
  return { id, deleted };
}
