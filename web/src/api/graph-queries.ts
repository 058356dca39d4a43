import { graphql, type ResultOf } from './graphql.ts';

/** Names of categories, vendors and relation types: the vocabulary of legend, filters and panels. */
export const VocabularyQuery = graphql(`
  query Vocabulary {
    relationTypes { type phrase inverse description symmetric derived }
    categories { id name technologyCount }
    vendors { id name }
  }
`);

/** What the canvas needs of a node, wherever it came from (graph, neighbourhood, path). */
export const GraphNodeFragment = graphql(`
  fragment GraphNode on Entity @_unmask {
    __typename
    id
    name
    kind
    degree
    ... on Technology {
      firstRelease
      vendor { id name }
      categories { id name }
    }
  }
`);

/** What the canvas needs of a relation. */
export const GraphRelationFragment = graphql(`
  fragment GraphRelation on Relation @_unmask {
    id
    type
    fromId
    toId
    note
    source
    symmetric
  }
`);

/** The curated graph (or a slice of it) as drawn on the canvas. */
export const GraphQuery = graphql(
  `
  query Graph($relationTypes: [RelationType!], $categories: [ID!], $vendors: [ID!], $withLayout: Boolean! = false, $withOverview: Boolean! = false) {
    graph(relationTypes: $relationTypes, categories: $categories, vendors: $vendors) {
      nodes { ...GraphNode }
      relations { ...GraphRelation }
      layout @include(if: $withLayout) { id x y }
      overviewLayout @include(if: $withOverview) { id x y }
    }
  }
`,
  [GraphNodeFragment, GraphRelationFragment],
);

/**
 * The first view on its own (the overview's technologies, the relations among them and their
 * layout) and how many technologies the whole graph holds: enough to draw before the whole graph arrives.
 */
export const OverviewQuery = graphql(
  `
  query Overview($relationTypes: [RelationType!]) {
    graph(relationTypes: $relationTypes) {
      overview {
        nodes { ...GraphNode }
        relations { ...GraphRelation }
        layout { id x y }
      }
    }
    stats { technologies }
  }
`,
  [GraphNodeFragment, GraphRelationFragment],
);

/** The server's force layout of a whole slice, fetched apart from the slice itself (for "Show everything" after the overview). */
export const GraphLayoutQuery = graphql(`
  query GraphLayout($relationTypes: [RelationType!]) {
    graph(relationTypes: $relationTypes) {
      layout { id x y }
    }
  }
`);

export type Vocabulary = ResultOf<typeof VocabularyQuery>;
export type RelationTypeInfo = Vocabulary['relationTypes'][number];
export type RelationType = RelationTypeInfo['type'];
export type ApiNode = ResultOf<typeof GraphNodeFragment>;
export type ApiRelation = ResultOf<typeof GraphRelationFragment>;
export type ApiSubgraph = ResultOf<typeof GraphQuery>['graph'];
