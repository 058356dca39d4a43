import { nameKeysOf } from './names.ts';

/**
 * The properties a node stores in the database. The seed loader and the API's mutations both write
 * through these functions, so a node looks the same whoever created it.
 */

/**
 * Search fields every node stores: its aliases as a list and as one text for the full-text index,
 * and its exact-name keys. Property order is part of each node's content hash, so it stays fixed.
 */
function aliasProps(name: string, aliases: readonly string[]) {
  return { aliases: [...aliases], aliasText: aliases.join(' | '), nameKeys: nameKeysOf(name, aliases) };
}

/** A technology's own fields (data-schema.ts), as the seed data and the API's inputs both have them. */
export interface TechnologyFields {
  name: string;
  kind: string;
  description: string;
  aliases: readonly string[];
  firstRelease: number;
  license: string;
  homepage: string;
  remarks?: readonly unknown[];
  /** Absent means active, as in the data schema. */
  status?: string;
  statusSince?: number | null;
  statusSource?: string | null;
}

export function technologyNodeProps(t: TechnologyFields) {
  return {
    name: t.name,
    kind: t.kind,
    description: t.description,
    ...aliasProps(t.name, t.aliases),
    firstRelease: t.firstRelease,
    license: t.license,
    openSource: t.license !== 'Proprietary',
    homepage: t.homepage,
    // Neo4j properties cannot hold maps, so each remark is kept as a JSON string.
    remarks: (t.remarks ?? []).map((r) => JSON.stringify(r)),
    status: t.status ?? 'active',
    // Null rather than absent, so an update with `SET n += props` removes a year and source that no longer apply.
    statusSince: t.statusSince ?? null,
    statusSource: t.statusSource ?? null,
  };
}

export function vendorNodeProps(v: { name: string; aliases: readonly string[]; description: string; homepage: string }) {
  return { name: v.name, kind: 'vendor', description: v.description, ...aliasProps(v.name, v.aliases), homepage: v.homepage };
}

export function categoryNodeProps(c: { name: string; description: string }) {
  return { name: c.name, kind: 'category', description: c.description, ...aliasProps(c.name, []) };
}
