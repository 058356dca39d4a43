import type { Db } from '../db/driver.ts';
import type { EntityRow } from '../db/queries/rows.ts';
import { type CloudCounterparts, cloudCounterparts } from '../db/queries/translation.ts';
import { cloudVendors, isCloudVendor } from '../domain/clouds.ts';
import { listNames } from '../domain/stack-summary.ts';
import { badInput, shown } from '../errors.ts';
import { requireTechnologies } from './stack-members.ts';

export interface StackTranslation {
  from: EntityRow;
  to: EntityRow | null;
  reason: string;
}

/** The id of a cloud vendor, or a clear error naming the three accepted ids. */
export function requireCloud(to: string): string {
  if (cloudVendors.has(to)) return to;
  throw badInput(`to must be a cloud vendor id, one of ${listNames([...cloudVendors.keys()].map((id) => shown(id)))}; ${shown(to)} is not one of them.`);
}

/** One member: already there, a recorded counterpart, itself when portable, or nothing recorded. */
function translateOne(member: EntityRow, found: CloudCounterparts, cloud: string): StackTranslation {
  const where = cloudVendors.get(cloud)!;
  if (found.vendor === cloud) return { from: member, to: member, reason: `${member.name} is already on ${where}.` };

  // A counterpart that is both a recorded alternative and manages the same software is the closest match.
  const siblingIds = new Set(found.siblings.map((s) => s.entity.id));
  const both = found.equivalents.find((e) => siblingIds.has(e.id));
  if (both) {
    const via = listNames([...new Set(found.siblings.filter((s) => s.entity.id === both.id).map((s) => s.via))]);
    return {
      from: member,
      to: both,
      reason: `${both.name} is the ${where} equivalent of ${member.name}: recorded as alternatives, and both are managed versions of ${via}.`,
    };
  }
  const equivalent = found.equivalents[0];
  if (equivalent)
    return { from: member, to: equivalent, reason: `${equivalent.name} is the ${where} equivalent of ${member.name}, recorded as an alternative to it.` };
  const sibling = found.siblings[0];
  if (sibling)
    return {
      from: member,
      to: sibling.entity,
      reason: `${sibling.entity.name} is the ${where} counterpart of ${member.name}: both are managed versions of ${sibling.via}.`,
    };

  if (member.openSource && !isCloudVendor(found.vendor)) {
    const managed = found.managed.length > 0 ? `; ${where} also offers it managed as ${listNames(found.managed.map((m) => m.name))}` : '';
    return {
      from: member,
      to: member,
      reason: `${member.name} is open source (${member.license}) and not tied to one cloud, so it runs on ${where} as it is${managed}.`,
    };
  }
  return { from: member, to: null, reason: `No equivalent recorded on ${where} for ${member.name}.` };
}

/** Each member of a stack on another cloud, in the order given. */
export async function translateStack(db: Db, ids: readonly string[], to: string): Promise<StackTranslation[]> {
  const cloud = requireCloud(to);
  const members = await requireTechnologies(db, ids);
  const counterparts = await cloudCounterparts(
    db,
    members.map((m) => m.id),
    cloud,
  );
  return members.map((member, i) => translateOne(member, counterparts[i]!, cloud));
}
