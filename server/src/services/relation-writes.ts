import { relationSchema } from '../../../schema/model/data-schema.ts';
import { relationKey } from '../../../schema/model/relation-key.ts';
import { isSymmetric, relationTypeInfo } from '../../../schema/model/vocabulary.ts';
import type { Db } from '../db/driver.ts';
import { deleteRelation, findRelation, insertRelation, lockEndpoints } from '../db/queries/relation-writes.ts';
import type { RelationRow } from '../db/queries/rows.ts';
import { alreadyExists, badInput, forbidden, notFound, shown } from '../errors.ts';
import { invalidInputMessage } from './validation-message.ts';

export interface RelationInput {
  from: string;
  type: string;
  to: string;
  note: string;
  source: string;
}

const derivedRefusal = (type: string) =>
  badInput(
    `${type} relations are written from a technology's ${type === 'PROVIDED_BY' ? 'vendor' : 'categories'} field; change it with updateTechnology instead.`,
  );

/** Adds a user relation in one transaction; an identical relation (either way for symmetric types) is ALREADY_EXISTS, so a retry never duplicates. */
export async function addRelation(db: Db, input: RelationInput): Promise<RelationRow> {
  if (relationTypeInfo(input.type).derived) throw derivedRefusal(input.type);
  const parsed = relationSchema.safeParse(input);
  if (!parsed.success) throw badInput(invalidInputMessage('relation', parsed.error));
  const r = parsed.data;
  if (r.from === r.to) throw badInput(`A relation needs two different nodes, but from and to are both ${shown(r.from)}; change one of them.`);
  return db.writeTransaction(async (tx) => {
    const existing = await lockEndpoints(tx, [r.from, r.to]);
    const missing = [r.from, r.to].filter((id) => !existing.has(id));
    if (missing.length > 0) throw notFound(`No node has the id ${missing.map((id) => shown(id)).join(' or ')}; look the name up with search and use its id.`);
    const symmetric = isSymmetric(r.type);
    if (await findRelation(tx, r.from, r.type, r.to, symmetric))
      throw alreadyExists(`${r.from} ${r.type} ${r.to} already exists${symmetric ? ' (in one direction or the other)' : ''}; nothing was added.`);
    return insertRelation(tx, r);
  });
}

/** Removing a relation that is not there answers deleted: false, so a retried removal is harmless. */
export async function removeRelation(db: Db, from: string, type: string, to: string): Promise<{ id: string; deleted: boolean }> {
  if (relationTypeInfo(type).derived) throw derivedRefusal(type);
  const id = relationKey({ from, type, to });
  return db.writeTransaction(async (tx) => {
    await lockEndpoints(tx, [from, to]);
    const found = await findRelation(tx, from, type, to, isSymmetric(type));
    if (!found) return { id, deleted: false };
    if (found.origin === 'curated')
      throw forbidden(`${found.id} is curated data, which is changed by editing graph-seed/data and re-seeding; the API can only remove relations it added.`);
    await deleteRelation(tx, found);
    return { id: found.id, deleted: true };
  });
}
