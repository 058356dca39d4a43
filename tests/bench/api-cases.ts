/** The requests items 1, 2 and 4 send: a GraphQL document for the stack and the same question for the raw baseline. */
import { type DocumentNode, type FieldNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import type { EntityProp, Projection } from '../../server/src/db/queries/rows.ts';
import { neighborhoodPaths, projectionFor, searchHitProps } from '../../server/src/schema/projection.ts';
import { SearchQuery } from '../../web/src/api/search-query.ts';

export interface Case {
  name: string;
  /** Body for POST /graphql on the stack. */
  graphql: { query: string; variables: Record<string, unknown> };
  /** Path and body for the raw-driver baseline (raw-server.ts). */
  raw: { path: string; body: Record<string, unknown> };
}

const neighborhoodDoc = `query Bench($id: ID!, $depth: Int!) {
  neighborhood(id: $id, depth: $depth) { nodes { id name kind label } relations { id type fromId toId } omittedTotal }
}`;
const pathsDoc = `query Bench($from: ID!, $to: ID!, $maxHops: Int!) {
  paths(from: $from, to: $to, maxHops: $maxHops) { length summary nodes { id name } relations { type } }
}`;
const searchDoc = `query Bench($text: String!) { search(text: $text, first: 10) { id name kind score } }`;

/**
 * The projection the API's resolver derives from `neighborhoodDoc`, worked out the same way, so the
 * raw baseline and the PROFILE of our statements send exactly the Cypher the stack sends.
 */
/** The resolver's view of the top-level field `name` in `document`: what a look-ahead projection reads. */
function resolverInfo(document: string | DocumentNode, name: string) {
  const operation = (typeof document === 'string' ? parse(document) : document).definitions[0] as OperationDefinitionNode;
  const field = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name);
  if (!field) throw new Error(`the document has no ${name} field`);
  return { fieldNodes: [field], fragments: {} };
}

export const neighborhoodProjection: Projection = projectionFor(
  resolverInfo(neighborhoodDoc, 'neighborhood'),
  neighborhoodPaths.entity,
  neighborhoodPaths.relation,
);

/** The properties the API's `search` resolver reads for `searchDoc`, so the raw baseline reads the same. */
export const searchProps: readonly EntityProp[] = searchHitProps(resolverInfo(searchDoc, 'search'));

/** The properties the web app's search box asks of each hit: what the scale item's search reads. */
export const searchBoxProps: readonly EntityProp[] = searchHitProps(resolverInfo(SearchQuery, 'search'));

export const neighborhoodCase = (id: string, depth: number): Case => ({
  name: `neighborhood ${id} depth ${depth}`,
  graphql: { query: neighborhoodDoc, variables: { id, depth } },
  raw: { path: '/neighborhood', body: { id, depth } },
});

export const pathsCase = (from: string, to: string, maxHops: number): Case => ({
  name: `paths ${from} → ${to} maxHops ${maxHops}`,
  graphql: { query: pathsDoc, variables: { from, to, maxHops } },
  raw: { path: '/paths', body: { from, to, maxHops } },
});

export const searchCase = (text: string): Case => ({
  name: `search "${text}" top 10`,
  graphql: { query: searchDoc, variables: { text } },
  raw: { path: '/search', body: { text } },
});

/** Item 1's four questions on the curated graph. */
export const overheadCases: Case[] = [
  neighborhoodCase('apache-spark', 1),
  neighborhoodCase('apache-spark', 2),
  pathsCase('apache-spark', 'hdfs', 4),
  searchCase('spark'),
];

/** Item 4's mixed reads: different nodes and texts so no single cached answer dominates. */
export const mixedCases: Case[] = [
  neighborhoodCase('apache-spark', 1),
  searchCase('kafka'),
  neighborhoodCase('kubernetes', 2),
  pathsCase('apache-spark', 'hdfs', 4),
  searchCase('stream processing'),
  neighborhoodCase('python', 1),
  pathsCase('kubeflow', 'kubernetes', 3),
  searchCase('postgres'),
  neighborhoodCase('aws', 1),
  neighborhoodCase('apache-kafka', 2),
];

/** A feature question with a latency target of its own (no raw baseline: the work is mostly ours, not the driver's). */
export interface FeatureCase {
  name: string;
  graphql: { query: string; variables: Record<string, unknown> };
  /** Target for p95, in ms. */
  p95Target: number;
}

const stackDoc = `query Bench($ids: [ID!]!) {
  stack(ids: $ids) { members { id } connectors { id name } relations { id type fromId toId } overlaps { a { id } b { id } reason } isolated { id } summary }
}`;
const alternativesDoc = `query Bench($to: ID!, $runsOn: ID, $openSource: Boolean) {
  alternatives(to: $to, runsOn: $runsOn, openSource: $openSource) { technology { id name } reason }
}`;

/** Item 6: a six-member stack and a constrained alternatives question on the curated graph. */
export const featureCases: FeatureCase[] = [
  {
    name: 'stack of 6 (Kafka, Spark, S3, Airflow, Hadoop, Kubernetes)',
    graphql: { query: stackDoc, variables: { ids: ['apache-kafka', 'apache-spark', 'amazon-s3', 'apache-airflow', 'apache-hadoop', 'kubernetes'] } },
    p95Target: 100,
  },
  {
    name: 'alternatives to Airflow, open source, running on Kubernetes',
    graphql: { query: alternativesDoc, variables: { to: 'apache-airflow', runsOn: 'kubernetes', openSource: true } },
    p95Target: 30,
  },
  { name: 'alternatives to Kafka, no constraint', graphql: { query: alternativesDoc, variables: { to: 'apache-kafka' } }, p95Target: 30 },
];
