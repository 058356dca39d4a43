import { graphql, type ResultOf } from './graphql.ts';

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      id
      name
      kind
      label
      matchedAlias
      entity { ... on Technology { status statusSince } }
    }
  }
`);

type RawHit = ResultOf<typeof SearchQuery>['search'][number];

/** ACTIVE, MAINTENANCE, DEPRECATED or RETIRED, as the API spells the lifecycle status. */
export type TechnologyStatusName = 'ACTIVE' | 'MAINTENANCE' | 'DEPRECATED' | 'RETIRED';

/** A hit with its technology's lifecycle lifted beside the name; vendors and categories have none. */
export type SearchHit = Omit<RawHit, 'entity'> & { status: TechnologyStatusName | null; statusSince: number | null };

export function toSearchHit({ entity, ...hit }: RawHit): SearchHit {
  const lifecycle = 'status' in entity ? entity : null;
  return { ...hit, status: lifecycle?.status ?? null, statusSince: lifecycle?.statusSince ?? null };
}
