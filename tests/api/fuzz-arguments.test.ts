import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.ts';
import { testDb } from '../support/db.ts';
import { type GraphSnapshot, graphSnapshot } from '../support/graph-snapshot.ts';
import { leaksIn, postGraphQL, withoutEchoes } from '../support/http-probe.ts';
import { type RunningServer, startTestServer } from '../support/server.ts';

// Random strings, numbers, lists, nulls and objects at every argument of every field a query can
// reach, sent as variables of the declared type. Two properties per field: values of the declared
// type, which must all get past validation and reach the resolver, and values of any shape, which
// validation must refuse cleanly. Each answer is data or a clear error: never a 500, never the masked
// "something went wrong" (an error nobody foresaw), never a stack, path, Cypher or address.

const masked = 'Something went wrong on the server; try again, and report it if it keeps happening.';
const observer = testDb();
let server: RunningServer;
let before: GraphSnapshot;

beforeAll(async () => {
  server = await startTestServer({});
  before = await graphSnapshot(observer);
});
afterAll(async () => {
  await server.close();
  await observer.close();
});

/** GraphQL's name for a type as a variable declaration writes it, e.g. `[RelationType!]`. */
function typeName(type: GraphQLInputType): string {
  if (isNonNullType(type)) return `${typeName(type.ofType)}!`;
  if (isListType(type)) return `[${typeName(type.ofType)}]`;
  return type.name;
}

/** Ids of a technology, a vendor and a category in the curated graph, so resolvers also work on real nodes. */
const knownIds = ['apache-spark', 'hdfs', 'kubernetes', 'apache-kafka', 'apache-airflow', 'mlflow', 'aws', 'google-cloud', 'serverless'];

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...knownIds, '', ' ', '*', '\\', '"', "'", '\u0000', 'a'.repeat(5000), 'spark vs flink', 'how does Spark relate to HDFS', 'a~ AND ('),
);
const int = fc.oneof(fc.integer({ min: -3, max: 30 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
const anyScalar = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

/** A value GraphQL accepts for a named input type; the server may still refuse it. */
function ofNamedType(named: GraphQLNamedType): fc.Arbitrary<unknown> {
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.name));
  if (named.name === 'Int') return int;
  if (named.name === 'Float') return fc.double({ noNaN: true, noDefaultInfinity: true });
  if (named.name === 'Boolean') return fc.boolean();
  if (named.name === 'String' || named.name === 'ID') return text;
  throw new Error(`the fuzz test has no values for the input type ${named.name}; add them`);
}

/** Values of the declared type: lists where it says list, null only where it may be null. */
function wellTyped(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return wellTypedNonNull(type.ofType);
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: wellTypedNonNull(type) });
}
function wellTypedNonNull(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(wellTyped(type.ofType), { maxLength: 6 });
  return ofNamedType(getNamedType(type));
}

/** Values of any shape: mostly of the type (so one wrong argument is not hidden by others), often not. */
function anyShape(type: GraphQLInputType): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: wellTyped(type) },
    { weight: 1, arbitrary: fc.oneof(anyScalar, fc.array(anyScalar, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 5 }), anyScalar, { maxKeys: 3 })) },
  );
}

// The printed SDL (checked against the live schema by schema-sdl.test.ts), built with this file's own
// graphql module: the server's schema object comes from graphql's other module format.
const schema = buildSchema(readFileSync(path.join(repoRoot, 'schema/schema.graphql'), 'utf8'));

/** A field with arguments and the query that reaches it with its arguments as variables. */
interface Target {
  name: string;
  args: readonly GraphQLArgument[];
  query: string;
}

const selectionOf = (field: GraphQLField<unknown, unknown>) => (isLeafType(getNamedType(field.type)) ? '' : ' { __typename }');
function callOf(field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${field.name}(${declared})${selectionOf(field)}`;
}
const variablesOf = (field: GraphQLField<unknown, unknown>) => field.args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');

/** How a query reaches each type whose fields take arguments, with real nodes so the nested resolvers run. */
const reach: Record<string, (call: string) => string> = {
  Technology: (call) => `technology(id: "apache-spark") { ${call} }`,
  Entity: (call) => `entity(id: "hdfs") { ${call} }`,
  Vendor: (call) => `entity(id: "aws") { ... on Vendor { ${call} } }`,
  Category: (call) => `entity(id: "serverless") { ... on Category { ${call} } }`,
  Subgraph: (call) => `graph(categories: ["serverless"]) { ${call} }`,
};

const queryFields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);

/** Every output type a query can reach, and so every nested field with arguments. */
function nestedFields(): Array<[string, GraphQLField<unknown, unknown>]> {
  const seen = new Set<string>();
  const found: Array<[string, GraphQLField<unknown, unknown>]> = [];
  const visit = (named: GraphQLNamedType) => {
    if (seen.has(named.name) || !(isObjectType(named) || isInterfaceType(named))) return;
    seen.add(named.name);
    for (const field of Object.values(named.getFields())) {
      if (named !== schema.getQueryType() && field.args.length > 0) found.push([named.name, field]);
      visit(getNamedType(field.type));
    }
    if (isInterfaceType(named)) for (const impl of schema.getPossibleTypes(named)) visit(impl);
  };
  visit(schema.getQueryType()!);
  return found;
}

const targets: Target[] = [
  ...queryFields.map((f) => ({ name: f.name, args: f.args, query: `query (${variablesOf(f)}) { ${callOf(f)} }` })),
  ...nestedFields().map(([type, f]) => {
    const into = reach[type];
    if (!into) throw new Error(`the fuzz test does not know how a query reaches ${type}.${f.name}; add it to reach`);
    return { name: `${type}.${f.name}`, args: f.args, query: `query (${variablesOf(f)}) { ${into(callOf(f))} }` };
  }),
];

/** Every string the request carried, so an echo of the input in an error is not mistaken for a leak. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The C0 control characters and DEL in a text, as code points. */
const controlCharactersIn = (text: string) => [...text].map((c) => c.charCodeAt(0)).filter((code) => code < 0x20 || code === 0x7f);

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string }> };
}

/** Posts one request and checks what every answer must hold, whatever was sent. */
async function ask(query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await postGraphQL(server.url, { query, variables });
  expect([200, 400], response.body).toContain(response.status);
  const body = JSON.parse(response.body) as Answer['body'];
  expect(body.data !== undefined || (body.errors?.length ?? 0) > 0).toBe(true);
  for (const error of body.errors ?? []) {
    expect(error.message).not.toBe(masked);
    expect(error.message.length).toBeGreaterThan(5);
    // Input is quoted escaped: a raw control character would reach the reply and the logs as is.
    expect(controlCharactersIn(error.message), error.message).toEqual([]);
  }
  expect(leaksIn(withoutEchoes(response.body, stringsIn(variables))), response.body).toEqual([]);
  return { status: response.status, body };
}

const runs = { numRuns: 30, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) };
const record = (args: readonly GraphQLArgument[], of: (type: GraphQLInputType) => fc.Arbitrary<unknown>) =>
  fc.record(Object.fromEntries(args.map((a) => [a.name, of(a.type)])));

describe('random input at every argument a query can reach', () => {
  it('covers every query field and every nested field that takes arguments', () => {
    expect(targets.map((t) => t.name).sort()).toEqual(
      [
        'alternatives',
        'connection',
        'entity',
        'equivalents',
        'graph',
        'neighborhood',
        'paths',
        'relate',
        'search',
        'stack',
        'technologies',
        'technology',
        'translateStack',
        'Category.relations',
        'Entity.relations',
        'Subgraph.overview',
        'Subgraph.overviewLayout',
        'Technology.relations',
        'Vendor.relations',
      ].sort(),
    );
  });

  it.each(targets.map((t) => [t.name, t] as const))(
    'takes values of the declared type at %s past validation to the resolver, and answers with data or a clear error',
    { timeout: 300_000 },
    async (_name, target) => {
      await fc.assert(
        fc.asyncProperty(record(target.args, wellTyped), async (vars) => {
          const { status, body } = await ask(target.query, vars);
          // Data present (even null) means the operation executed: the values passed validation.
          expect(status, JSON.stringify(body)).toBe(200);
          expect(body).toHaveProperty('data');
        }),
        runs,
      );
    },
  );

  it.each(targets.map((t) => [t.name, t] as const))(
    'gets data or a clear error for values of any shape at %s, never a 500, a masked error or a leak',
    { timeout: 300_000 },
    async (_name, target) => {
      await fc.assert(
        fc.asyncProperty(record(target.args, anyShape), (vars) => ask(target.query, vars).then(() => undefined)),
        runs,
      );
    },
  );

  it('leaves every node, relation and property exactly as it was', async () => {
    expect(await graphSnapshot(observer)).toEqual(before);
  });
});
