import { graphql, type ResultOf } from './graphql.ts';

export const StackQuery = graphql(`
  query Stack($ids: [ID!]!) {
    stack(ids: $ids) {
      members { id name }
      connectors { id name }
      relations { id type fromId toId note source symmetric }
      overlaps { a { id name } b { id name } reason }
      isolated { id name }
      summary
    }
  }
`);

export const TranslateStackQuery = graphql(`
  query TranslateStack($ids: [ID!]!, $to: ID!) {
    translateStack(ids: $ids, to: $to) { from { id name } to { id name description } reason }
  }
`);

export const AlternativesQuery = graphql(`
  query Alternatives($to: ID!, $runsOn: ID, $openSource: Boolean, $category: ID, $vendor: ID, $activeOnly: Boolean, $first: Int) {
    alternatives(to: $to, runsOn: $runsOn, openSource: $openSource, category: $category, vendor: $vendor, activeOnly: $activeOnly, first: $first) {
      technology { id name description license firstRelease status statusSince vendor { id name } }
      reason
    }
  }
`);

export type StackAnswer = ResultOf<typeof StackQuery>['stack'];
export type StackTranslation = ResultOf<typeof TranslateStackQuery>['translateStack'][number];
export type AlternativeCard = ResultOf<typeof AlternativesQuery>['alternatives'][number];
