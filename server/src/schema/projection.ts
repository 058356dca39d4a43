import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { type EntityProp, entityProps, type Projection, type RelationProp, relationProps } from '../db/queries/rows.ts';

/**
 * Look-ahead for resolvers that return many nodes: which stored properties the query
 * actually selects, so Cypher reads only those. Anything the mapping does not know reads everything,
 * so a new field can cost speed but never correctness.
 */

/** Fields of Entity, Technology, Vendor and Category that need the node's id only (their resolvers load the rest by id). */
const entityIdOnly = new Set(['__typename', 'id', 'label', 'degree', 'relations', 'vendor', 'categories', 'technologies', 'technologyCount']);
/** Fields of Relation computed from its type and ends. */
const relationIdOnly = new Set(['__typename', 'id', 'type', 'fromId', 'toId', 'from', 'to', 'symmetric']);

function propsFor<P extends string>(fields: Iterable<string>, props: readonly P[], idOnly: ReadonlySet<string>): readonly P[] {
  const wanted = new Set<P>();
  for (const field of fields) {
    if (idOnly.has(field)) continue;
    if (!(props as readonly string[]).includes(field)) return props;
    wanted.add(field as P);
  }
  return props.filter((p) => wanted.has(p));
}

export const entityPropsFor = (fields: Iterable<string>): readonly EntityProp[] => propsFor(fields, entityProps, entityIdOnly);
export const relationPropsFor = (fields: Iterable<string>): readonly RelationProp[] => propsFor(fields, relationProps, relationIdOnly);

type Selected = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** Every field directly inside these selection sets, through fragments of any type condition. */
function fieldsIn(sets: readonly SelectionSetNode[], fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  return sets.flatMap((set) =>
    set.selections.flatMap((s) => {
      if (s.kind === Kind.FIELD) return [s];
      if (s.kind === Kind.INLINE_FRAGMENT) return fieldsIn([s.selectionSet], fragments);
      const fragment = fragments[s.name.value];
      return fragment ? fieldsIn([fragment.selectionSet], fragments) : [];
    }),
  );
}

/**
 * Names of the fields selected at `path` below the resolver's own field, e.g. `['nodes']`. It
 * over-approximates on purpose: type conditions and @skip/@include are not evaluated, so a field
 * that might be asked for is always counted. It reads the query's syntax tree only.
 */
export function selectedFields(info: Selected, path: readonly string[]): Set<string> {
  let sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path)
    sets = fieldsIn(sets, info.fragments)
      .filter((f) => f.name.value === step)
      .flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  return new Set(fieldsIn(sets, info.fragments).map((f) => f.name.value));
}

/** The projection for entities found at `entityPaths` and relations at `relationPaths` below the resolver's field. */
export function projectionFor(info: Selected, entityPaths: ReadonlyArray<readonly string[]>, relationPaths: ReadonlyArray<readonly string[]>): Projection {
  return {
    entity: entityPropsFor(entityPaths.flatMap((p) => [...selectedFields(info, p)])),
    relation: relationPropsFor(relationPaths.flatMap((p) => [...selectedFields(info, p)])),
  };
}

/** What a `search` reads of each hit: its own name and kind, and whatever its selection asks of `entity`. */
export const searchHitProps = (info: Selected): readonly EntityProp[] => {
  const asked = new Set<EntityProp>(['name', 'kind', ...projectionFor(info, [['entity']], []).entity]);
  return entityProps.filter((p) => asked.has(p));
};

/** Where a Neighborhood answer holds nodes and relations, below the `neighborhood` field. */
export const neighborhoodPaths = {
  entity: [['center'], ['nodes'], ['relations', 'from'], ['relations', 'to']],
  relation: [['relations']],
} as const;

/** Where a Subgraph answer holds nodes and relations, below the `graph` field (its overview is a Subgraph too). */
export const subgraphPaths = {
  entity: [['nodes'], ['relations', 'from'], ['relations', 'to'], ['overview', 'nodes'], ['overview', 'relations', 'from'], ['overview', 'relations', 'to']],
  relation: [['relations'], ['overview', 'relations']],
} as const;
