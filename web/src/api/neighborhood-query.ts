import { GraphNodeFragment, GraphRelationFragment } from './graph-queries.ts';
import { graphql, type ResultOf } from './graphql.ts';

export const NeighborhoodQuery = graphql(
  `
  query Neighborhood($id: ID!, $depth: Int, $relationTypes: [RelationType!], $limitPerNode: Int) {
    neighborhood(id: $id, depth: $depth, relationTypes: $relationTypes, limitPerNode: $limitPerNode) {
      nodes { ...GraphNode }
      relations { ...GraphRelation }
      omitted { nodeId count }
      omittedTotal
    }
  }
`,
  [GraphNodeFragment, GraphRelationFragment],
);

export type ApiNeighborhood = ResultOf<typeof NeighborhoodQuery>['neighborhood'];
