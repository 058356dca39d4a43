import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { relationTypeNames } from '../../schema/model/vocabulary.ts';

/** `RUNS_ON` → `runsOn`: one relationship field per vocabulary type. */
export const peerField = (type: string) => type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Type definitions for @neo4j/graphql over the same `:Entity` nodes (item 2). It has no "any type"
 * relationship, so each vocabulary type is one field, walked either way (queryDirection UNDIRECTED)
 * like our neighbourhood with direction BOTH.
 */
export const peerTypeDefs = `#graphql
  type Entity @node(labels: ["Entity"]) {
    id: ID!
    name: String!
    kind: String
    description: String
    ${relationTypeNames.map((t) => `${peerField(t)}: [Entity!]! @relationship(type: "${t}", direction: OUT, queryDirection: UNDIRECTED)`).join('\n    ')}
  }
`;

/** The peer's GraphQL document for the neighbourhood of `$id` at `depth`, at most `limit` per relation field. */
export function peerNeighborhoodQuery(depth: number, limit = 25): string {
  const level = (d: number): string =>
    d === 0 ? '' : relationTypeNames.map((t) => `${peerField(t)}(limit: ${limit}) { id name kind ${level(d - 1)} }`).join(' ');
  return `query PeerNeighborhood($id: ID!) { entities(where: { id: { eq: $id } }) { id name kind ${level(depth)} } }`;
}

export async function createPeerYoga(driver: Driver) {
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs, driver }).getSchema();
  return createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: false, landingPage: false, logging: false });
}
