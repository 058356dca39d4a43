import { graphql, type ResultOf } from './graphql.ts';

export const EquivalentsQuery = graphql(`
  query Equivalents($id: ID!) {
    technology(id: $id) { id name description vendor { id name } }
    equivalents(id: $id) { id name description vendor { id name } }
  }
`);

export type EquivalentsResult = ResultOf<typeof EquivalentsQuery>;
export type EquivalentTechnology = EquivalentsResult['equivalents'][number];
