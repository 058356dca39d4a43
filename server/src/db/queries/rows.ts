import { type TechnologyStatus, technologyStatuses } from '../../../../schema/model/data-schema.ts';
import { type EntityLabel, entityLabels } from '../../../../schema/model/entity-labels.ts';

/** Row shapes every query returns, and the Cypher projections that produce them. */

export type Origin = 'curated' | 'user';

export interface EntityRow {
  id: string;
  name: string;
  kind: string;
  description: string;
  aliases: string[];
  label: EntityLabel;
  origin: Origin;
  firstRelease: number | null;
  license: string | null;
  openSource: boolean;
  homepage: string | null;
  /** JSON strings {claim, correction, source}, as the loader stores them. */
  remarks: string[];
  /** 'active', 'maintenance', 'deprecated' or 'retired'; nodes stored before the field existed read as active. */
  status: TechnologyStatus;
  statusSince: number | null;
  statusSource: string | null;
  /** Set when a look-ahead projection read only some properties; such a row must not stand in for the whole node. */
  partial?: true;
}

export interface RelationRow {
  /** `from|TYPE|to`, stable across re-seeds. */
  id: string;
  type: string;
  fromId: string;
  toId: string;
  note: string;
  source: string;
  origin: Origin;
}

/** Stored node properties a query can project; `id` and the label are always read. */
export const entityProps = [
  'name',
  'kind',
  'description',
  'aliases',
  'origin',
  'firstRelease',
  'license',
  'openSource',
  'homepage',
  'remarks',
  'status',
  'statusSince',
  'statusSource',
] as const;
export type EntityProp = (typeof entityProps)[number];

/** Stored relationship properties a query can project; type and ends are always read. */
export const relationProps = ['note', 'source', 'origin'] as const;
export type RelationProp = (typeof relationProps)[number];

/**
 * What a query reads of each node and relationship. Fields left out come back as `toEntityRow`'s
 * defaults, so a projection must cover every field the caller reads (the API derives it from the
 * GraphQL selection: schema/projection.ts).
 */
export interface Projection {
  entity: readonly EntityProp[];
  relation: readonly RelationProp[];
}

export const fullProjection: Projection = { entity: entityProps, relation: relationProps };

/** Marks rows read with fewer than all properties, so the API's loader cache never serves them as whole nodes. */
export const markPartial = (row: EntityRow, props: readonly EntityProp[]): EntityRow => (props.length < entityProps.length ? { ...row, partial: true } : row);

const labelList = `[${entityLabels.map((l) => `'${l}'`).join(', ')}]`;

/** Projects node variable `v` to the map `toEntityRow` reads. `v` is always a literal from our code. */
export const entityMap = (v: string, props: readonly EntityProp[] = entityProps) =>
  `${v} {.id, ${props.map((p) => `.${p}, `).join('')}label: [l IN labels(${v}) WHERE l IN ${labelList}][0]}`;

/** The Cypher twin of `relationKey` (schema/model/relation-key.ts) for relationship variable `r`. */
export const relationKeyExpr = (r: string) => `startNode(${r}).id + '|' + type(${r}) + '|' + endNode(${r}).id`;

/** Projects relationship variable `r` to the map `toRelationRow` reads, with its true direction. */
export const relationMap = (r: string, props: readonly RelationProp[] = relationProps) =>
  `{id: ${relationKeyExpr(r)}, type: type(${r}), ` + `fromId: startNode(${r}).id, toId: endNode(${r}).id${props.map((p) => `, ${p}: ${r}.${p}`).join('')}}`;

const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);

export function toEntityRow(raw: unknown): EntityRow {
  const r = raw as Record<string, unknown>;
  return {
    id: str(r.id),
    name: str(r.name),
    kind: str(r.kind),
    description: str(r.description),
    aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
    label: str(r.label, 'Technology') as EntityLabel,
    origin: r.origin === 'user' ? 'user' : 'curated',
    firstRelease: typeof r.firstRelease === 'number' ? r.firstRelease : null,
    license: typeof r.license === 'string' ? r.license : null,
    openSource: r.openSource === true,
    homepage: typeof r.homepage === 'string' ? r.homepage : null,
    remarks: Array.isArray(r.remarks) ? r.remarks.map(String) : [],
    status: (technologyStatuses as readonly unknown[]).includes(r.status) ? (r.status as TechnologyStatus) : 'active',
    statusSince: typeof r.statusSince === 'number' ? r.statusSince : null,
    statusSource: typeof r.statusSource === 'string' ? r.statusSource : null,
  };
}

export function toRelationRow(raw: unknown): RelationRow {
  const r = raw as Record<string, unknown>;
  return {
    id: str(r.id),
    type: str(r.type),
    fromId: str(r.fromId),
    toId: str(r.toId),
    note: str(r.note),
    source: str(r.source),
    origin: r.origin === 'user' ? 'user' : 'curated',
  };
}

/** Puts rows in the order of `ids` (DataLoader's contract); missing ids give null. */
export function alignById<T extends { id: string }>(ids: readonly string[], rows: readonly T[]): (T | null)[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}
