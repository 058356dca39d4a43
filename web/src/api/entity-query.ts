import { graphql, type ResultOf } from './graphql.ts';

/** Everything the details panel and the comparison show about one node. */
export const EntityQuery = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      __typename
      id
      name
      kind
      description
      aliases
      degree
      ... on Technology {
        firstRelease
        license
        openSource
        homepage
        origin
        status
        statusSince
        statusSource
        vendor { id name }
        categories { id name }
        remarks { claim correction source }
      }
      ... on Vendor { homepage }
      ... on Category { technologyCount }
      relations {
        id
        type
        fromId
        toId
        note
        source
        symmetric
        from { id name kind }
        to { id name kind }
      }
    }
  }
`);

export type EntityDetails = NonNullable<ResultOf<typeof EntityQuery>['entity']>;
export type EntityRelation = EntityDetails['relations'][number];
