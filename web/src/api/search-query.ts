import { graphql, type ResultOf } from './graphql.ts';

export const SearchQuery = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) { id name kind label matchedAlias }
  }
`);

export type SearchHit = ResultOf<typeof SearchQuery>['search'][number];
