import { GraphNodeFragment, GraphRelationFragment } from './graph-queries.ts';
import { graphql, type ResultOf } from './graphql.ts';

export const PathFragment = graphql(
  `
  fragment FoundPath on Path @_unmask {
    length
    summary
    explanation
    score
    strength
    viaHub
    steps { types }
    nodes { ...GraphNode }
    relations { ...GraphRelation }
  }
`,
  [GraphNodeFragment, GraphRelationFragment],
);

export const PathsQuery = graphql(
  `
  query Paths($from: ID!, $to: ID!, $relationTypes: [RelationType!], $maxHops: Int, $first: Int, $avoidHubs: Boolean, $excludeNodes: [ID!]) {
    paths(from: $from, to: $to, relationTypes: $relationTypes, maxHops: $maxHops, first: $first, avoidHubs: $avoidHubs, excludeNodes: $excludeNodes) { ...FoundPath }
  }
`,
  [PathFragment],
);

export const ConnectionQuery = graphql(
  `
  query Connection($from: ID!, $to: ID!, $relationTypes: [RelationType!], $maxHops: Int, $first: Int, $avoidHubs: Boolean, $excludeNodes: [ID!]) {
    connection(from: $from, to: $to, relationTypes: $relationTypes, maxHops: $maxHops, first: $first, avoidHubs: $avoidHubs, excludeNodes: $excludeNodes) {
      summary
      from { id name }
      to { id name }
      paths { ...FoundPath }
    }
  }
`,
  [PathFragment],
);

export const RelateQuery = graphql(
  `
  query Relate($question: String!, $relationTypes: [RelationType!], $maxHops: Int, $first: Int, $avoidHubs: Boolean, $excludeNodes: [ID!]) {
    relate(question: $question, relationTypes: $relationTypes, maxHops: $maxHops, first: $first, avoidHubs: $avoidHubs, excludeNodes: $excludeNodes) {
      question
      summary
      message
      others { id name }
      unrecognized
      from { id name }
      to { id name }
      suggestions { id name kind }
      paths { ...FoundPath }
    }
  }
`,
  [PathFragment],
);

export type ApiPath = ResultOf<typeof PathFragment>;
export type RelateAnswer = ResultOf<typeof RelateQuery>['relate'];
